import { Link } from 'react-router-dom';
import { useI18n } from '../i18n';

/** What a page shows to someone it is not for: the reason and the way home. */
export function Forbidden() {
  const { t } = useI18n();
  return (
    <section>
      <h1>{t('app.forbidden')}</h1>
      <p>
        <Link to="/">{t('app.backHome')}</Link>
      </p>
    </section>
  );
}
