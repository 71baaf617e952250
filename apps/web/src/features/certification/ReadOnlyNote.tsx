import { CERTIFICATION_STATUS_LABELS, type CertificationStatus } from '@lao/domain';
import { useI18n } from '../../i18n';
import type { FormatTime } from './panelWords';
import { windowLine, type EntryWindowFields } from './window';

interface ReadOnlyNoteProps {
  submission: EntryWindowFields & { status: CertificationStatus; editable: boolean };
  fiscalYear: number;
  formatTime: FormatTime;
  className?: string;
}

/**
 * Why the form is not there, when the API says the caller may not edit (`editable`): the data is certified, the
 * window is not open (from the API's window fields), or the caller only views.
 */
export function ReadOnlyNote({ submission, fiscalYear, formatTime, className = 'note' }: ReadOnlyNoteProps) {
  const { t, lang } = useI18n();
  if (submission.editable) return null;
  const line = submission.status === 'DRAFT' ? windowLine(submission) : null;
  let text: string;
  if (submission.status !== 'DRAFT') text = t('cert.readOnly.certified', { status: CERTIFICATION_STATUS_LABELS[submission.status][lang] });
  else if (line?.kind === 'notOpen') text = t('cert.readOnly.notOpen', { year: fiscalYear });
  else if (line?.kind === 'opensOn') text = t('cert.readOnly.opensOn', { date: formatTime(line.at, lang) });
  else if (line?.kind === 'closedSince') text = t('cert.readOnly.closed', { date: formatTime(line.at, lang) });
  else text = t('cert.readOnly.viewOnly');
  return (
    <p className={className} role="note">
      {text}
    </p>
  );
}
