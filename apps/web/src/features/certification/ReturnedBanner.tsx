import { useId } from 'react';
import { useI18n } from '../../i18n';
import { lastReturn, type HistoryEvent } from './history';
import type { FormatTime } from './panelWords';
import './returnedBanner.css';

interface ReturnedBannerProps {
  history: readonly HistoryEvent[];
  formatTime: FormatTime;
}

/**
 * At the top of every module's panel while the data is back with the LAO: who returned (or reopened) it, when, and
 * why. Without it a returned submission looks like a fresh draft and the reason sits at the bottom, in the history.
 */
export function ReturnedBanner({ history, formatTime }: ReturnedBannerProps) {
  const { t, lang } = useI18n();
  const titleId = useId();
  const returned = lastReturn(history);
  if (!returned) return null;
  const isReturn = returned.action === 'RETURN';
  return (
    <section className="cert-returned" aria-labelledby={titleId}>
      <h3 className="cert-returned__title" id={titleId}>
        {t(isReturn ? 'cert.returnedTitle' : 'cert.reopenedTitle')}
      </h3>
      <dl className="cert-returned__facts">
        <div>
          <dt>{t(isReturn ? 'cert.returnedWho' : 'cert.reopenedWho')}</dt>
          <dd>{returned.actor}</dd>
        </div>
        <div>
          <dt>{t('cert.returnedWhen')}</dt>
          <dd>{formatTime(returned.at, lang)}</dd>
        </div>
        {returned.windowReopenedUntil && (
          <div>
            <dt>{t('cert.reopenedUntil')}</dt>
            <dd>{formatTime(returned.windowReopenedUntil, lang)}</dd>
          </div>
        )}
        <div className="cert-returned__reason">
          <dt>{t('cert.returnedWhy')}</dt>
          <dd>{returned.comment}</dd>
        </div>
      </dl>
      <p className="cert-returned__next">{t('cert.returnedNext')}</p>
    </section>
  );
}
