import { LAO_TYPE_LABELS } from '@lao/domain';
import { Link, useParams } from 'react-router-dom';
import { useUser } from '../../app/auth';
import { localName, useI18n } from '../../i18n';
import { ErrorAlert, Loading } from '../../ui/feedback';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { CertificationPanel } from '../certification/CertificationPanel';
import { FiscalYearSelect, useFiscalYearParam } from '../certification/fiscalYear';
import { HistoryTable } from '../certification/HistoryTable';
import { provincePath } from '../certification/moduleKit';
import { useLaoActions } from '../certification/useLaoActions';
import { recordsFor } from './access';
import { formatWelfareTime } from './format';
import { welfareModule, welfarePaths } from './module';
import { RegistryList } from './RegistryList';
import { useWelfareYear } from './useWelfareYear';
import { WelfareCrumbs } from './WelfareCrumbs';
import { YearFigures } from './YearFigures';
import './welfare.css';

/**
 * An LAO's Welfare (/welfare/lao/:laoCode?year=&q=&type=&status=): the year's certification with its figures, the
 * registry of people with its search and filters, and the ways to register a person and to the month's payments.
 * The same page serves the province (masked names) and the department; what each may do comes from the API.
 */
export default function WelfareLaoPage() {
  const { laoCode = '' } = useParams();
  const { t, lang } = useI18n();
  const user = useUser();
  const { year, years, setYear, withYear } = useFiscalYearParam();
  const welfareYear = useWelfareYear(laoCode, year);
  const onAction = useLaoActions({ module: welfareModule.module, laoCode, fiscalYear: year, certify: welfareYear.certify, refetch: welfareYear.refetch });
  const data = welfareYear.data;
  const lao = data?.localAuthority;
  const laoName = lao ? localName(lao, lang) : laoCode;
  useDocumentTitle(lao ? `${laoName} · ${t('welfare.module')} ${year}` : null);

  if (welfareYear.loading) return <Loading label={t('common.loading')} />;
  if (!data || !lao) {
    return (
      <section>
        <h1>{t('welfare.lao.title', { code: laoCode })}</h1>
        <ErrorAlert>{welfareYear.loadProblem?.message ?? t('app.networkError')}</ErrorAlert>
        <button type="button" className="button button--secondary" onClick={welfareYear.retry}>
          {t('app.retry')}
        </button>
      </section>
    );
  }

  const district = lao.district ? localName(lao.district, lang) : null;
  const provinceHref = user.level === 'LAO' ? null : withYear(provincePath(welfareModule, lao.province.code));
  const mayRecord = recordsFor(user, { code: lao.code, provinceCode: lao.province.code });

  return (
    <article className="welfare-lao">
      <WelfareCrumbs lao={lao} />
      <header className="page-header page-header--row">
        <div>
          <p className="page-header__eyebrow">{t('welfare.module')}</p>
          <h1>{laoName}</h1>
          <p className="page-header__sub">
            {LAO_TYPE_LABELS[lao.type][lang]}
            {district && ` · ${t('infoLao.district', { name: district })}`} · {t('infoLao.province', { name: localName(lao.province, lang) })} ·{' '}
            {t('lao.code')} <span className="code">{lao.code}</span>
          </p>
        </div>
        <FiscalYearSelect label={t('infoCommon.fiscalYear')} year={year} years={years} onChange={setYear} />
      </header>

      <nav className="welfare-actions" aria-label={t('welfare.lao.actions')}>
        {mayRecord && (
          <Link className="button button--primary" to={welfarePaths.register(lao.code)}>
            + {t('welfare.lao.register')}
          </Link>
        )}
        <Link className="button button--secondary" to={withYear(welfarePaths.payments(lao.code))}>
          {t('welfare.lao.payments')}
        </Link>
      </nav>

      <section className="card info-summary" aria-labelledby="welfare-year-title">
        <h2 id="welfare-year-title">{t('welfare.year.title', { year })}</h2>
        <CertificationPanel
          submission={data}
          laoName={laoName}
          fiscalYear={year}
          missing={[]}
          onAction={onAction}
          onGoToSection={() => undefined}
          provinceHref={provinceHref}
          formatTime={formatWelfareTime}
          words={{ certifyHint: 'welfare.year.certifyHint', confirmCertifyText: 'welfare.year.confirmCertifyText' }}
        />
        <YearFigures year={data} />
      </section>

      <RegistryList laoCode={lao.code} />

      <section className="card" aria-labelledby="welfare-history-title">
        <h2 id="welfare-history-title">{t('cert.history')}</h2>
        <HistoryTable events={data.history} formatTime={formatWelfareTime} />
      </section>
    </article>
  );
}
