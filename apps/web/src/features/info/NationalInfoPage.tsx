import { useApolloClient, useQuery } from '@apollo/client/react';
import { formatNumber, hasRight } from '@lao/domain';
import { useUser } from '../../app/auth';
import { apiProblem } from '../../app/errors';
import { useI18n, type MessageId } from '../../i18n';
import { todayForFileName } from '../../ui/dates';
import { ErrorAlert, StatusMessage } from '../../ui/feedback';
import { Forbidden } from '../../ui/Forbidden';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { ExportButton, useExport } from '../../ui/useExport';
import { FiscalYearSelect, useFiscalYearParam } from '../certification/fiscalYear';
import { NationalProgress } from '../certification/NationalProgress';
import { useNationalProgress } from '../certification/useNationalProgress';
import { ScoreChart } from './charts';
import { fetchAllLpaScores, writeLpaWorkbook } from './exportExcel';
import { infoModule } from './module';
import { lpaDistributionQuery } from './operations';
import { ValuesExportCard } from './ValuesExportCard';

const LPA_SCORES = [5, 3, 1, 0] as const;

/** The national view (/info/national?year=): the department's progress per province (the kit's view) and LPA scores. */
export default function NationalInfoPage() {
  const user = useUser();
  if (user.level !== 'DEPARTMENT' || !hasRight(user.rights, infoModule.module, 'VIEW')) return <Forbidden />;
  return <National />;
}

function National() {
  const { t } = useI18n();
  const { year, years, setYear, withYear } = useFiscalYearParam();
  useDocumentTitle(`${t('infoNational.title')} ${year}`);
  const progress = useNationalProgress(infoModule, year, 'INFO');

  return (
    <section className="info-national">
      <header className="page-header page-header--row">
        <div>
          <p className="page-header__eyebrow">{t('infoCommon.module')}</p>
          <h1>{t('infoNational.title')}</h1>
          <p className="page-header__sub">{t('infoNational.sub', { year })}</p>
        </div>
        <FiscalYearSelect label={t('infoCommon.fiscalYear')} year={year} years={years} onChange={setYear} />
      </header>
      <NationalProgress module={infoModule} progress={progress} fiscalYear={year} withYear={withYear} />
      <LpaScores year={year} />
      <ValuesExportCard fiscalYear={year} filter={{}} scopeName={t('infoExport.nation')} />
    </section>
  );
}

/** LPA indicator 7 as the API answers it (lpaDistribution; every LAO's score in the export, from lpaScores). */
function LpaScores({ year }: { year: number }) {
  const { t, lang } = useI18n();
  const client = useApolloClient();
  const lpa = useQuery(lpaDistributionQuery, { variables: { fiscalYear: year, provinceCode: null }, fetchPolicy: 'network-only' });
  const distribution = lpa.data?.lpaDistribution ?? [];
  const lpaTotal = distribution.reduce((n, d) => n + d.count, 0);
  const scoreBars = LPA_SCORES.map((score) => ({
    score,
    count: distribution.find((d) => d.score === score)?.count ?? 0,
    label: t('infoNational.scoreLabel', { score }),
  }));

  const exporter = useExport();
  const exportLpa = () =>
    exporter.run(async (report) => {
      report(t('infoNational.exportingLpa', { done: 0, total: formatNumber(lpaTotal * 2) }));
      const data = await fetchAllLpaScores(client, year, (done, total) =>
        report(t('infoNational.exportingLpa', { done: formatNumber(done), total: formatNumber(total) })),
      );
      const fileName = `${t('infoNational.lpaFile', { year })}-${todayForFileName()}.xlsx`;
      await writeLpaWorkbook(data, t, lang, year, fileName);
      return t('registry.exportDone', { file: fileName, count: formatNumber(data.length) });
    });

  return (
    <section className="card" aria-labelledby="national-lpa-title">
      <div className="card__head">
        <h2 id="national-lpa-title">{t('infoNational.lpaTitle')}</h2>
        <ExportButton label={t('infoNational.exportLpa')} running={exporter.running} disabled={lpaTotal === 0} onClick={() => void exportLpa()} />
      </div>
      <p className="muted">{t('infoNational.lpaIntro', { count: formatNumber(lpaTotal) })}</p>
      <StatusMessage className="registry__status">{exporter.status}</StatusMessage>
      <ErrorAlert>{exporter.error}</ErrorAlert>
      <ErrorAlert>{lpa.error && (apiProblem(lpa.error).message ?? t('app.networkError'))}</ErrorAlert>
      <div className="lpa-grid">
        <ScoreChart bars={scoreBars} title={t('infoNational.lpaTitle')} summary={scoreBars.map((b) => `${b.label}: ${formatNumber(b.count)}`).join(', ')} />
        <dl className="lpa-list">
          {scoreBars.map((bar) => (
            <div key={bar.score} className="lpa-list__row">
              <dt>
                <span className={`lpa-score lpa-score--${bar.score}`}>{bar.label}</span>{' '}
                <span className="muted">{t(`infoNational.lpaMeaning.${bar.score}` as MessageId)}</span>
              </dt>
              <dd>
                {t('infoNational.lpaCount', {
                  count: formatNumber(bar.count),
                  percent: formatNumber(lpaTotal ? (bar.count / lpaTotal) * 100 : 0, 1),
                })}
              </dd>
            </div>
          ))}
        </dl>
      </div>
    </section>
  );
}
