import { hasRight } from '@lao/domain';
import { useUser } from '../../app/auth';
import { useI18n } from '../../i18n';
import { Forbidden } from '../../ui/Forbidden';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { FiscalYearSelect, useFiscalYearParam } from '../certification/fiscalYear';
import { provincePath } from '../certification/moduleKit';
import { NationalProgress } from '../certification/NationalProgress';
import { useNationalProgress } from '../certification/useNationalProgress';
import { welfareModule } from './module';
import { SummaryTable } from './SummaryTable';
import './welfare.css';

/** The department's national Welfare page (/welfare/national?year=): the summary per province and the certification. */
export default function WelfareNationalPage() {
  const user = useUser();
  if (user.level !== 'DEPARTMENT' || !hasRight(user.rights, welfareModule.module, 'VIEW')) return <Forbidden />;
  return <National />;
}

function National() {
  const { t } = useI18n();
  const { year, years, setYear, withYear } = useFiscalYearParam();
  useDocumentTitle(`${t('welfare.national.title')} ${year}`);
  const progress = useNationalProgress(welfareModule, year, 'Welfare');
  return (
    <section className="info-national welfare-national">
      <header className="page-header page-header--row">
        <div>
          <p className="page-header__eyebrow">{t('welfare.module')}</p>
          <h1>{t('welfare.national.title')}</h1>
          <p className="page-header__sub">{t('welfare.national.sub', { year })}</p>
        </div>
        <FiscalYearSelect label={t('infoCommon.fiscalYear')} year={year} years={years} onChange={setYear} />
      </header>
      <SummaryTable fiscalYear={year} provinceCode={null} placeName={t('welfare.national.country')} rowHref={(code) => withYear(provincePath(welfareModule, code))} />
      <h2 className="section-header">{t('welfare.national.progress')}</h2>
      <NationalProgress module={welfareModule} progress={progress} fiscalYear={year} withYear={withYear} />
    </section>
  );
}
