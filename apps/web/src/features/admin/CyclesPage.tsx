import { fiscalYearOf, type CertificationModule } from '@lao/domain';
import { useId, useState } from 'react';
import { useAuth, useUser } from '../../app/auth';
import { apiProblem } from '../../app/errors';
import { MODULES } from '../../app/modules';
import { useI18n } from '../../i18n';
import { ConfirmDialog } from '../../ui/dialog';
import { ErrorAlert, Loading, StatusMessage } from '../../ui/feedback';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { FiscalYearSelect, PREVIOUS_YEARS } from '../certification/fiscalYear';
import { cycleModules } from '../certification/moduleKit';
import { bangkokIsoDay, formatDateInputBE } from '../../ui/dates';
import { toBangkokInput } from './cycleDates';
import { CycleDetails } from './CycleDetails';
import { ExtendCycleForm, WindowsForm } from './CycleForms';
import { useCycleAdmin } from './useCycleAdmin';

/** Next year, the current one and the previous ones the other pages offer. */
export function cycleYearOptions(current: number): number[] {
  return Array.from({ length: PREVIOUS_YEARS + 2 }, (_, i) => current + 1 - i);
}

/**
 * The department's yearly cycles (/admin/cycles): for each module the user administers (the API asks ADMINISTER on
 * it), a fiscal year's entry windows and the extensions for a province or an LAO, as the API answers them.
 */
export default function CyclesPage() {
  const { t } = useI18n();
  useDocumentTitle(t('menu.cycles'));
  const user = useUser();
  const { fiscalYear } = useAuth();
  const current = fiscalYear ?? fiscalYearOf(new Date());
  const modules = cycleModules(user, MODULES);
  // The route lets in only a department user who administers at least one module.
  const [module, setModule] = useState<CertificationModule | undefined>(modules[0]?.module);
  const [year, setYear] = useState(current);
  const moduleId = useId();

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
          <select id={moduleId} className="input" value={module ?? ''} onChange={(e) => setModule(e.target.value as CertificationModule)}>
            {modules.map((m) => (
              <option key={m.module} value={m.module}>
                {t(m.labelKey)}
              </option>
            ))}
          </select>
        </div>
        <FiscalYearSelect label={t('cycles.fiscalYear')} year={year} years={cycleYearOptions(current)} onChange={setYear} />
      </div>

      {module && <ModuleCycle key={`${module}-${year}`} module={module} fiscalYear={year} />}
    </section>
  );
}

/** One module's cycle of one year: what it holds, and the forms that change it. */
function ModuleCycle({ module, fiscalYear }: { module: CertificationModule; fiscalYear: number }) {
  const { t } = useI18n();
  const admin = useCycleAdmin(module, fiscalYear);
  // Changing an extension fills the form afresh each time (n), so the same one can be chosen again.
  const [editing, setEditing] = useState<{ scopeCode: string; until: string; n: number } | null>(null);
  const [removing, setRemoving] = useState<string | null>(null);
  const [removeState, setRemoveState] = useState<{ busy: boolean; error: string | null; done: string | null }>({ busy: false, error: null, done: null });
  const { cycle } = admin;

  if (admin.loading) return <Loading label={t('common.loading')} />;

  const remove = async (scopeCode: string) => {
    setRemoveState({ busy: true, error: null, done: null });
    try {
      await admin.removeExtension(scopeCode);
      setRemoving(null);
      setRemoveState({ busy: false, error: null, done: t('cycles.extensionRemoved', { scope: admin.scopeName(scopeCode) }) });
    } catch (e) {
      setRemoveState({ busy: false, error: apiProblem(e).message ?? t('app.networkError'), done: null });
    }
  };

  return (
    <>
      <ErrorAlert>{admin.problem && (admin.problem.message ?? t('app.networkError'))}</ErrorAlert>
      {cycle ? (
        <CycleDetails
          cycle={cycle}
          fiscalYear={fiscalYear}
          scopeName={admin.scopeName}
          onEditExtension={(scopeCode, until) => setEditing((previous) => ({ scopeCode, until: formatDateInputBE(bangkokIsoDay(until)), n: (previous?.n ?? 0) + 1 }))}
          onRemoveExtension={(scopeCode) => {
            setRemoveState({ busy: false, error: null, done: null });
            setRemoving(scopeCode);
          }}
        />
      ) : (
        !admin.problem && <p className="muted">{t('cycles.notOpened')}</p>
      )}
      <StatusMessage>{removeState.done}</StatusMessage>

      <WindowsForm
        key={cycle ? cycle.windows.map((w) => w.opensAt + w.closesAt).join() : 'new'}
        fiscalYear={fiscalYear}
        initial={cycle?.windows.length ? cycle.windows.map((w) => ({ opensAt: toBangkokInput(w.opensAt), closesAt: toBangkokInput(w.closesAt) })) : [{ opensAt: '', closesAt: '' }]}
        onSubmit={admin.saveWindows}
      />
      {cycle && (
        <ExtendCycleForm
          key={editing?.n ?? 0}
          module={module}
          fiscalYear={fiscalYear}
          deadline={cycle.deadline}
          initial={editing ?? undefined}
          onSubmit={(input) => admin.extend(input.scopeCode, input.until)}
        />
      )}

      {removing && (
        <ConfirmDialog
          title={t('cycles.removeConfirmTitle')}
          confirmLabel={t('cycles.removeExtension')}
          closeLabel={t('common.close')}
          danger
          busy={removeState.busy}
          error={removeState.error}
          onClose={() => setRemoving(null)}
          onConfirm={() => void remove(removing)}
        >
          <p>{t('cycles.removeConfirmText', { scope: admin.scopeName(removing) })}</p>
        </ConfirmDialog>
      )}
    </>
  );
}
