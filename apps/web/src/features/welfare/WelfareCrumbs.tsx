import { Link } from 'react-router-dom';
import { useUser } from '../../app/auth';
import { localName, useI18n } from '../../i18n';
import { useFiscalYearParam } from '../certification/fiscalYear';
import { nationalPath, provincePath } from '../certification/moduleKit';
import { welfareModule, welfarePaths } from './module';

interface Place {
  code: string;
  nameTh: string;
  nameEn: string;
  province: { code: string; nameTh: string; nameEn: string };
}

/**
 * Where the page stands: the nation (department), the province (province and department), the LAO, and the page
 * itself when it is below the LAO's (a person, registering, payments). An LAO user sees the trail from its LAO.
 */
export function WelfareCrumbs({ lao, current }: { lao: Place; current?: string }) {
  const { t, lang } = useI18n();
  const user = useUser();
  const { withYear } = useFiscalYearParam();
  const laoName = localName(lao, lang);
  if (user.level === 'LAO' && !current) return null;
  return (
    <nav className="breadcrumb" aria-label="breadcrumb">
      <ol>
        {user.level === 'DEPARTMENT' && (
          <li>
            <Link to={withYear(nationalPath(welfareModule))}>{t('welfare.national.short')}</Link>
          </li>
        )}
        {user.level !== 'LAO' && (
          <li>
            <Link to={withYear(provincePath(welfareModule, lao.province.code))}>{localName(lao.province, lang)}</Link>
          </li>
        )}
        {current ? (
          <>
            <li>
              <Link to={withYear(welfarePaths.lao(lao.code))}>{laoName}</Link>
            </li>
            <li aria-current="page">{current}</li>
          </>
        ) : (
          <li aria-current="page">{laoName}</li>
        )}
      </ol>
    </nav>
  );
}
