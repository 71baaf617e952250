import { useMutation, useQuery } from '@apollo/client/react';
import type { CertificationModule } from '@lao/domain';
import { apiProblem } from '../../app/errors';
import { localName, useI18n } from '../../i18n';
import { provincesQuery } from '../registry/operations';
import { certificationCycleQuery, extendCertificationCycleMutation, openCertificationCycleMutation, removeCycleExtensionMutation } from './cycleOperations';

export interface WindowInput {
  opensAt: string;
  closesAt: string;
}

/**
 * One module's cycle of one fiscal year for the department: its windows and extensions as the API answers them,
 * saving the windows (the deadline is the last one's close), extending for a province or an LAO, and taking an
 * extension back. The writes reject with the server's error (the forms place its field issues).
 */
export function useCycleAdmin(module: CertificationModule, fiscalYear: number) {
  const { t, lang } = useI18n();
  const variables = { module, fiscalYear };
  const cycle = useQuery(certificationCycleQuery, { variables });
  const provinces = useQuery(provincesQuery, { fetchPolicy: 'cache-first' });
  const [open] = useMutation(openCertificationCycleMutation);
  const [extend] = useMutation(extendCertificationCycleMutation);
  const [remove] = useMutation(removeCycleExtensionMutation);

  const reload = () => cycle.refetch().then(() => undefined);

  const scopeName = (code: string) => {
    if (code.length === 2) {
      const province = provinces.data?.provinces.find((p) => p.code === code);
      return province ? localName(province, lang) : t('cycles.provinceCode', { code });
    }
    return t('cycles.laoCode', { code });
  };

  return {
    cycle: cycle.data?.certificationCycle ?? null,
    loading: cycle.loading && !cycle.data,
    problem: cycle.error ? apiProblem(cycle.error) : null,
    scopeName,
    saveWindows: async (windows: WindowInput[]) => {
      const deadline = windows.at(-1)?.closesAt ?? '';
      await open({ variables: { input: { module, fiscalYear, deadline, windows } } });
      await reload();
    },
    extend: async (scopeCode: string, until: string) => {
      await extend({ variables: { input: { module, fiscalYear, scopeCode, until } } });
      await reload();
    },
    removeExtension: async (scopeCode: string) => {
      await remove({ variables: { input: { module, fiscalYear, scopeCode } } });
      await reload();
    },
  };
}

export type CycleAdmin = ReturnType<typeof useCycleAdmin>;
