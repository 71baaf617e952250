import { CERTIFICATION_STATUS_LABELS, CERTIFICATION_STATUSES, type CertificationStatus, type Lang } from '@lao/domain';
import { useI18n } from '../../i18n';

const CLASS: Record<CertificationStatus, string> = {
  DRAFT: 'badge--draft',
  LAO_CERTIFIED: 'badge--lao',
  PROVINCE_CERTIFIED: 'badge--ok',
};

/** ยังไม่ได้รับรองข้อมูล / อปท. รับรองข้อมูลแล้ว / จังหวัดรับรองข้อมูลแล้ว, in the shared words and colours. */
export function StatusBadge({ status }: { status: CertificationStatus }) {
  const { lang } = useI18n();
  return <span className={`badge ${CLASS[status]}`}>{CERTIFICATION_STATUS_LABELS[status][lang]}</span>;
}

/** The three statuses as the choices of a filter. */
export function statusOptions(lang: Lang) {
  return CERTIFICATION_STATUSES.map((status) => ({ value: status, label: CERTIFICATION_STATUS_LABELS[status][lang] }));
}
