import { formatNumber } from '@lao/domain';
import { useId } from 'react';
import { useUser } from '../../app/auth';
import { useI18n } from '../../i18n';
import { ErrorAlert, Loading, StatusMessage } from '../../ui/feedback';
import { CertifyProvinceButton, mayCertifyProvince, useCertifyProvince } from './CertifyProvince';
import { ProgressSummary } from './ProgressSummary';
import type { ProvinceWords } from './provinceWords';
import type { ProvinceSubmissions } from './useProvinceSubmissions';

interface ProvinceProgressCardProps {
  module: Parameters<typeof useCertifyProvince>[0];
  provinceCode: string;
  list: ProvinceSubmissions;
  words: ProvinceWords;
}

/** The province's progress for the year and its certify-all (จังหวัดดำเนินการรับรองข้อมูลทั้งหมด), all-or-nothing on the server. */
export function ProvinceProgressCard({ module, provinceCode, list, words }: ProvinceProgressCardProps) {
  const { t } = useI18n();
  const user = useUser();
  const { year, counts, progressProblem, provinceName } = list;
  const certification = useCertifyProvince(module, provinceCode, year, list.refetch);
  const allDone = counts !== undefined && counts.total > 0 && counts.provinceCertified === counts.total;
  const ids = { title: useId(), hint: useId() };

  return (
    <section className="card" aria-labelledby={ids.title}>
      <h2 id={ids.title}>{t(words.progress, { year })}</h2>
      <ErrorAlert>{progressProblem && (progressProblem.message ?? t('app.networkError'))}</ErrorAlert>
      {counts ? <ProgressSummary row={counts} /> : !progressProblem && <Loading label={t('common.loading')} />}
      {mayCertifyProvince(user, module, provinceCode) && (
        <div className="province-certify">
          <CertifyProvinceButton
            certification={certification}
            label={t(words.certifyAll)}
            confirmTitle={t(words.confirmTitle)}
            confirmText={t(words.confirmText, { province: provinceName, year })}
            confirmLabel={t(words.confirm)}
            closeLabel={t(words.close)}
            disabled={allDone || !counts}
            describedBy={ids.hint}
          />
          <p className="muted province-certify__hint" id={ids.hint}>
            {allDone ? t(words.allDone, { year }) : t(words.certifyHint, { year })}
          </p>
        </div>
      )}
      <StatusMessage className="province-certify__status">
        {certification.certifiedCount !== null && t(words.certified, { count: formatNumber(certification.certifiedCount) })}
      </StatusMessage>
      <ErrorAlert>{certification.error}</ErrorAlert>
    </section>
  );
}
