import { useEffect } from 'react';
import { useI18n } from '../i18n';

/** "Page · Product" in the tab and in screen readers' page announcements. */
export function useDocumentTitle(title: string | null | undefined) {
  const { t } = useI18n();
  useEffect(() => {
    document.title = title ? `${title} · ${t('app.name')}` : t('app.name');
  }, [title, t]);
}
