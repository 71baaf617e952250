import { useMutation, useQuery } from '@apollo/client/react';
import { fiscalYearOf, formatDate, PLATFORM_MODULE_LABELS } from '@lao/domain';
import { useId, useState } from 'react';
import { useAuth } from '../../app/auth';
import { apiProblem } from '../../app/errors';
import { localName, useI18n } from '../../i18n';
import { ErrorAlert, Loading } from '../../ui/feedback';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { FiscalYearSelect, PREVIOUS_YEARS } from '../certification/fiscalYear';
import type { SubmissionModule } from '../certification/module';
import { provincesQuery } from '../registry/operations';
import { certificationCycleQuery, extendCertificationCycleMutation, openCertificationCycleMutation } from './cycleOperations';
import { ExtendCycleForm, OpenCycleForm } from './CycleForms';

/** The two modules whose pages this system has. */
const CYCLE_MODULES: readonly SubmissionModule[] = ['INFO', 'ESERVICE'];

/** Next year, the current one and the previous ones the other pages offer. */
export function cycleYearOptions(current: number): number[] {
  return Array.from({ length: PREVIOUS_YEARS + 2 }, (_, i) => current + 1 - i);
}

export default function CyclesPage() {
  const { t, lang } = useI18n();
  useDocumentTitle(t('menu.cycles'));
  const { fiscalYear } = useAuth();
  const current = fiscalYear ?? fiscalYearOf(new Date());
  const [module, setModule] = useState<SubmissionModule>('INFO');
  const [year, setYear] = useState(current);
  const moduleId = useId();

  const variables = { module, fiscalYear: year };
  const cycle = useQuery(certificationCycleQuery, { variables });
  const provinces = useQuery(provincesQuery, { fetchPolicy: 'cache-first' });
  const [open] = useMutation(openCertificationCycleMutation);
  const [extend] = useMutation(extendCertificationCycleMutation);

  const scopeName = (code: string) => {
    if (code.length === 2) {
      const province = provinces.data?.provinces.find((p) => p.code === code);
      return province ? localName(province, lang) : t('cycles.provinceCode', { code });
    }
    return t('cycles.laoCode', { code });
  };

  const data = cycle.data?.certificationCycle;
  return (
    <section className="admin-cycles">
      <header className="page-header">
        <h1>{t('cycles.title')}</h1>
        <p className="page-header__sub">{t('cycles.intro')}</p>
      </header>

      <div className="form form--inline">
        <div className="field">
          <label className="field__label" htmlFor={moduleId}>
            {t('cycles.module')}
          </label>
          <select id={moduleId} className="input" value={module} onChange={(e) => setModule(e.target.value as SubmissionModule)}>
            {CYCLE_MODULES.map((m) => (
              <option key={m} value={m}>
                {PLATFORM_MODULE_LABELS[m][lang]}
              </option>
            ))}
          </select>
        </div>
        <FiscalYearSelect label={t('cycles.fiscalYear')} year={year} years={cycleYearOptions(current)} onChange={setYear} />
      </div>

      <ErrorAlert>{cycle.error && (apiProblem(cycle.error).message ?? t('app.networkError'))}</ErrorAlert>
      {cycle.loading && !cycle.data ? (
        <Loading label={t('common.loading')} />
      ) : data ? (
        <section className="card" aria-labelledby="cycle-current-title">
          <h2 id="cycle-current-title">{t('cycles.current', { year })}</h2>
          <p>
            {t('cycles.deadline')}: <strong>{formatDate(data.deadline, lang, true)}</strong>
          </p>
          <div className="table-wrap">
            <table className="table">
              <caption>{t('cycles.extensions')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('cycles.col.scope')}</th>
                  <th scope="col">{t('cycles.col.until')}</th>
                </tr>
              </thead>
              <tbody>
                {data.extensions.map((x) => (
                  <tr key={x.scopeCode}>
                    <td>{scopeName(x.scopeCode)}</td>
                    <td>{formatDate(x.until, lang, true)}</td>
                  </tr>
                ))}
                {data.extensions.length === 0 && (
                  <tr>
                    <td colSpan={2} className="table__empty">
                      {t('cycles.noExtensions')}
                    </td>
                  </tr>
                )}
              </tbody>
            </table>
          </div>
        </section>
      ) : (
        !cycle.error && <p className="muted">{t('cycles.notOpened')}</p>
      )}

      <OpenCycleForm
        key={`open-${module}-${year}`}
        module={module}
        fiscalYear={year}
        onSubmit={async (input) => {
          await open({ variables: { input } });
          await cycle.refetch();
        }}
      />
      {data && (
        <ExtendCycleForm
          key={`extend-${module}-${year}`}
          module={module}
          fiscalYear={year}
          onSubmit={async (input) => {
            await extend({ variables: { input } });
            await cycle.refetch();
          }}
        />
      )}
    </section>
  );
}
