import { formatNumber } from '@lao/domain';
import { useI18n } from '../../i18n';
import { formatShare } from './format';
import { share } from './reportRules';

interface ReportKpisProps {
  totals: { laoCount: number; respondents: number; offeringAny: number };
  usersTotal: number;
  certifiedOnly: boolean;
}

/** The report's key figures over the chosen province or the nation, and what they count. */
export function ReportKpis({ totals, usersTotal, certifiedOnly }: ReportKpisProps) {
  const { t } = useI18n();
  return (
    <>
      <dl className="es-kpis">
        <div>
          <dt>{t('es.report.kpiLaos')}</dt>
          <dd>{formatNumber(totals.laoCount)}</dd>
        </div>
        <div>
          <dt>{t('es.report.kpiRespondents')}</dt>
          <dd>
            {formatNumber(totals.respondents)} <small>({formatShare(share(totals.respondents, totals.laoCount))})</small>
          </dd>
        </div>
        <div>
          <dt>{t('es.report.kpiOfferingAny')}</dt>
          <dd>
            {formatNumber(totals.offeringAny)} <small>({formatShare(share(totals.offeringAny, totals.respondents))})</small>
          </dd>
        </div>
        <div>
          <dt>{t('es.report.kpiUsers')}</dt>
          <dd>{formatNumber(usersTotal)}</dd>
        </div>
      </dl>
      <p className="muted es-report__note">{t(certifiedOnly ? 'es.report.noteCertified' : 'es.report.noteAll')}</p>
    </>
  );
}
