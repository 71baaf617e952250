import { CERTIFICATION_STATUS_LABELS, INFO_DOMAINS, LAO_TYPE_LABELS, type CertificationStatus } from '@lao/domain';
import { Link, useParams } from 'react-router-dom';
import { localName, useI18n } from '../../i18n';
import { ErrorAlert, Loading } from '../../ui/feedback';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { SectionView } from '../catalogue/SectionView';
import { valuesByCode } from '../catalogue/indicators';
import { useFiscalYearParam } from '../certification/fiscalYear';
import { laoPath } from '../certification/moduleKit';
import { domainIndicators, domainLabel } from './infoCatalogue';
import { formatInfoTime } from './infoCertification';
import { infoModule } from './module';
import { useInfoSubmission } from './useInfoSubmission';
import './infoData.css';

type Events = ReadonlyArray<{ toStatus: CertificationStatus; actor: string; at: string }>;

/** The last time the year reached `status` and who did it (a return and a new certification: the new one). */
function lastReached(history: Events, status: CertificationStatus) {
  return [...history].reverse().find((e) => e.toStatus === status) ?? null;
}

/**
 * An LAO's whole INFO for one year to print and sign (/info/lao/:laoCode/print?year=): all eight domains read-only,
 * one domain a page on A4, then the certification (who, when) with blank signature lines for the LAO's head and the
 * province. The menu and the buttons are left off paper by the print style.
 */
export default function InfoPrintPage() {
  const { laoCode = '' } = useParams();
  const { t, lang } = useI18n();
  const { year, withYear } = useFiscalYearParam();
  const info = useInfoSubmission(laoCode, year);
  const data = info.data;
  const lao = data?.localAuthority;
  const laoName = lao ? localName(lao, lang) : laoCode;
  useDocumentTitle(lao ? `${laoName} · INFO ${year}` : null);

  if (info.loading) return <Loading label={t('common.loading')} />;
  if (!data || !lao) {
    return (
      <section>
        <h1>{t('infoLao.title', { code: laoCode })}</h1>
        <ErrorAlert>{info.loadProblem?.message ?? t('app.networkError')}</ErrorAlert>
      </section>
    );
  }

  const laoCertified = lastReached(data.history, 'LAO_CERTIFIED');
  const provinceCertified = lastReached(data.history, 'PROVINCE_CERTIFIED');
  const certified = (event: ReturnType<typeof lastReached>, at: string | null | undefined) =>
    at ? `${formatInfoTime(at, lang)}${event ? ` ${t('infoPrint.certifiedBy')} ${event.actor}` : ''}` : t('infoPrint.notYet');

  return (
    <article className="info-print">
      <div className="info-print__actions">
        <Link to={withYear(laoPath(infoModule, laoCode))}>{t('infoPrint.back')}</Link>
        <button type="button" className="button button--primary" onClick={() => window.print()}>
          {t('infoPrint.print')}
        </button>
      </div>
      <header className="info-print__head">
        <p className="page-header__eyebrow">{t('infoPrint.title', { year })}</p>
        <h1>{laoName}</h1>
        <p>
          {LAO_TYPE_LABELS[lao.type][lang]}
          {lao.district && ` · ${t('infoLao.district', { name: localName(lao.district, lang) })}`} · {t('infoLao.province', { name: localName(lao.province, lang) })} ·{' '}
          {t('lao.code')} {lao.code}
        </p>
        <p>
          {t('infoPrint.status')}: {CERTIFICATION_STATUS_LABELS[data.status][lang]}
        </p>
      </header>

      {INFO_DOMAINS.map((domain) => {
        const section = data.sections.find((s) => s.domain === domain);
        return (
          <section key={domain} className="info-print__domain" aria-labelledby={`print-${domain}`}>
            <h2 id={`print-${domain}`}>{domainLabel(domain, lang)}</h2>
            <SectionView indicators={domainIndicators(info.catalogue, domain)} values={valuesByCode(section?.values ?? [])} />
          </section>
        );
      })}

      <section className="info-print__certification" aria-labelledby="print-certification">
        <h2 id="print-certification">{t('infoPrint.certification')}</h2>
        <dl className="facts">
          <div>
            <dt>{t('infoPrint.laoCertified')}</dt>
            <dd>{certified(laoCertified, data.laoCertifiedAt)}</dd>
          </div>
          <div>
            <dt>{t('infoPrint.provinceCertified')}</dt>
            <dd>{certified(provinceCertified, data.provinceCertifiedAt)}</dd>
          </div>
        </dl>
        <div className="info-print__signatures">
          {[t('infoPrint.signLao'), t('infoPrint.signProvince')].map((who) => (
            <div key={who} className="info-print__signature">
              <p>{t('infoPrint.signature')} ........................................................</p>
              <p>( ........................................................ )</p>
              <p>{who}</p>
              <p>{t('infoPrint.signDate')} ........ / ........ / ........</p>
            </div>
          ))}
        </div>
      </section>
    </article>
  );
}
