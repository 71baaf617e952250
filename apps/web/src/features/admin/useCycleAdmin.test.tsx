import { MockedProvider } from '@apollo/client/testing/react';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { I18nProvider } from '../../i18n';
import { provincesQuery } from '../registry/operations';
import { certificationCycleQuery, openCertificationCycleMutation, removeCycleExtensionMutation } from './cycleOperations';
import { useCycleAdmin } from './useCycleAdmin';

const VARIABLES = { module: 'LEC' as const, fiscalYear: 2570 };
const WINDOWS = [
  { opensAt: '2027-05-15T01:00:00.000Z', closesAt: '2027-06-15T16:59:59.000Z' },
  { opensAt: '2027-10-15T01:00:00.000Z', closesAt: '2027-11-15T16:59:59.000Z' },
];

const cycle = (windows: typeof WINDOWS, extensions: { scopeCode: string; until: string }[]) => ({
  __typename: 'CertificationCycle',
  ...VARIABLES,
  deadline: windows.at(-1)!.closesAt,
  windows: windows.map((w) => ({ __typename: 'EntryWindow', ...w })),
  extensions: extensions.map((x) => ({ __typename: 'CycleExtension', ...x })),
});

const provinces = {
  request: { query: provincesQuery },
  result: { data: { provinces: [{ __typename: 'Province', code: '74', nameTh: 'สมุทรสาคร', nameEn: 'Samut Sakhon', districts: [] }] } },
};

function setup(mocks: ConstructorParameters<typeof MockedProvider>[0]['mocks']) {
  const wrapper = ({ children }: { children: ReactNode }) => (
    <I18nProvider initialLang="th">
      <MockedProvider mocks={[provinces, ...(mocks ?? [])]}>{children}</MockedProvider>
    </I18nProvider>
  );
  return renderHook(() => useCycleAdmin(VARIABLES.module, VARIABLES.fiscalYear), { wrapper });
}

describe('useCycleAdmin', () => {
  it('answers the cycle’s windows and extensions, naming a province by its name', async () => {
    const { result } = setup([
      { request: { query: certificationCycleQuery, variables: VARIABLES }, result: { data: { certificationCycle: cycle(WINDOWS, [{ scopeCode: '74', until: '2027-12-01T16:59:59.000Z' }]) } } },
    ]);
    await waitFor(() => expect(result.current.cycle).not.toBeNull());
    expect(result.current.cycle?.windows.map((w) => w.opensAt)).toEqual(WINDOWS.map((w) => w.opensAt));
    await waitFor(() => expect(result.current.scopeName('74')).toBe('สมุทรสาคร'));
    expect(result.current.scopeName('7400101')).toBe('อปท. 7400101');
  });

  it('saves the windows with the last one’s close as the deadline, then reads the cycle again', async () => {
    const open = jest.fn(() => ({ data: { openCertificationCycle: cycle(WINDOWS, []) } }));
    const { result } = setup([
      { request: { query: certificationCycleQuery, variables: VARIABLES }, result: { data: { certificationCycle: null } } },
      { request: { query: openCertificationCycleMutation, variables: { input: { ...VARIABLES, deadline: WINDOWS[1]!.closesAt, windows: WINDOWS } } }, result: open },
      { request: { query: certificationCycleQuery, variables: VARIABLES }, result: { data: { certificationCycle: cycle(WINDOWS, []) } } },
    ]);
    await waitFor(() => expect(result.current.loading).toBe(false));
    expect(result.current.cycle).toBeNull();
    await act(() => result.current.saveWindows(WINDOWS));
    expect(open).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(result.current.cycle?.windows).toHaveLength(2));
  });

  it('takes an extension back', async () => {
    const remove = jest.fn(() => ({ data: { removeCycleExtension: cycle(WINDOWS, []) } }));
    const { result } = setup([
      { request: { query: certificationCycleQuery, variables: VARIABLES }, result: { data: { certificationCycle: cycle(WINDOWS, [{ scopeCode: '74', until: '2027-12-01T16:59:59.000Z' }]) } } },
      { request: { query: removeCycleExtensionMutation, variables: { input: { ...VARIABLES, scopeCode: '74' } } }, result: remove },
      { request: { query: certificationCycleQuery, variables: VARIABLES }, result: { data: { certificationCycle: cycle(WINDOWS, []) } } },
    ]);
    await waitFor(() => expect(result.current.cycle?.extensions).toHaveLength(1));
    await act(() => result.current.removeExtension('74'));
    expect(remove).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(result.current.cycle?.extensions).toHaveLength(0));
  });
});
