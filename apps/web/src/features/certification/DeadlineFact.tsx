import { useI18n } from '../../i18n';
import { bangkokIsoDay, todayBangkok } from '../../ui/dates';
import type { FormatTime } from './panelWords';
import type { EntryWindowFields } from './window';

/** Whole Bangkok days from one ISO day to another. */
const daysBetween = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

/**
 * The LAO's deadline in every module's facts: the API's `closesAt` (extensions included), with the days left while
 * the window is open (whether it is open is the API's `windowOpen`). Nothing without a cycle.
 */
export function DeadlineFact({ window, formatTime, now = new Date() }: { window: EntryWindowFields; formatTime: FormatTime; now?: Date }) {
  const { t, lang } = useI18n();
  if (!window.closesAt) return null;
  const left = daysBetween(todayBangkok(now), bangkokIsoDay(window.closesAt));
  let sub: string | null = null;
  if (window.windowOpen) sub = left <= 0 ? t('cert.deadlineLastDay') : t('cert.deadlineDaysLeft', { days: left });
  else if (new Date(window.closesAt).getTime() <= now.getTime()) sub = t('cert.deadlinePassed');
  return (
    <div>
      <dt>{t('cert.deadline')}</dt>
      <dd>
        <strong>{formatTime(window.closesAt, lang)}</strong>
        {sub && <span className="cell-sub">{sub}</span>}
      </dd>
    </div>
  );
}
