import { lazy, Suspense } from 'react';
import { useI18n } from '../../i18n';
import { Loading } from '../../ui/feedback';

// The survey's forms, chart and exports load only when the module is opened.
const LaoPage = lazy(() => import('./EServiceLaoPage'));
const ProvincePage = lazy(() => import('./EServiceProvincePage'));
const ReportPage = lazy(() => import('./EServiceReportPage'));

/** The e-Service routes' element: /eservice/lao/:laoCode, /eservice/province/:provinceCode, /eservice/report. */
export function EServicePage({ page }: { page: 'lao' | 'province' | 'report' }) {
  const { t } = useI18n();
  return (
    <Suspense fallback={<Loading label={t('common.loading')} />}>
      {page === 'lao' ? <LaoPage /> : page === 'province' ? <ProvincePage /> : <ReportPage />}
    </Suspense>
  );
}
