import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { MockedProvider } from '@apollo/client/testing/react';
import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { I18nProvider } from '../../i18n';
import { returnSubmissionMutation, withdrawCertificationMutation } from './operations';
import { useLaoActions } from './useLaoActions';

const KEY = { module: 'ESERVICE' as const, laoCode: '4120502', fiscalYear: 2570 };

function setup(mocks: ConstructorParameters<typeof MockedProvider>[0]['mocks'], certify = jest.fn().mockResolvedValue({})) {
  const refetch = jest.fn().mockResolvedValue(undefined);
  const onDone = jest.fn();
  const wrapper = ({ children }: { children: ReactNode }) => (
    <I18nProvider initialLang="th">
      <MockedProvider mocks={mocks}>{children}</MockedProvider>
    </I18nProvider>
  );
  const { result } = renderHook(() => useLaoActions({ ...KEY, certify, refetch, onDone }), { wrapper });
  return { act: result.current, certify, refetch, onDone };
}

describe('useLaoActions: the panel’s actions for any module', () => {
  it('certifies with the module’s own mutation, then reloads the submission', async () => {
    const { act: run, certify, refetch, onDone } = setup([]);
    await act(async () => expect(await run('CERTIFY')).toEqual({ ok: true }));
    expect(certify).toHaveBeenCalledTimes(1);
    expect(onDone).toHaveBeenCalledWith('CERTIFY');
    expect(refetch).toHaveBeenCalledTimes(1);
  });

  it('withdraws through the shared mutation, with the module as a variable', async () => {
    const withdraw = {
      request: { query: withdrawCertificationMutation, variables: KEY },
      result: { data: { withdrawCertification: { __typename: 'Submission', laoCode: KEY.laoCode, status: 'DRAFT' } } },
    };
    const { act: run, refetch } = setup([withdraw]);
    await act(async () => expect(await run('WITHDRAW')).toEqual({ ok: true }));
    expect(refetch).toHaveBeenCalledTimes(1);
  });

  it('answers INCOMPLETE with what is missing, read by the shared helper, and reloads', async () => {
    const refusal = new CombinedGraphQLErrors({
      errors: [
        {
          message: 'กรุณากรอกข้อมูลให้ครบก่อนทำการรับรองข้อมูล',
          extensions: { code: 'INCOMPLETE', incompleteSides: [5], missing: [{ section: '5', labelTh: 'ด้านที่ 5', labelEn: 'Side 5', items: [] }] },
        },
      ],
    });
    const { act: run, refetch } = setup([], jest.fn().mockRejectedValue(refusal));
    let result: Awaited<ReturnType<typeof run>> | undefined;
    await act(async () => {
      result = await run('CERTIFY');
    });
    expect(result).toMatchObject({ ok: false, code: 'INCOMPLETE', missing: [{ section: '5', label: 'ด้านที่ 5', items: [] }] });
    expect(refetch).toHaveBeenCalledTimes(1);
  });

  it('hands back the server’s field issues of a refused return, without reloading', async () => {
    const refused = {
      request: { query: returnSubmissionMutation, variables: { ...KEY, reason: ' ' } },
      result: { errors: [{ message: 'กรุณาระบุเหตุผล', extensions: { code: 'BAD_USER_INPUT', fields: [{ path: 'reason', message: 'กรุณาระบุเหตุผล' }] } }] },
    };
    const { act: run, refetch } = setup([refused]);
    let result: Awaited<ReturnType<typeof run>> | undefined;
    await act(async () => {
      result = await run('RETURN', ' ');
    });
    expect(result).toMatchObject({ ok: false, code: 'BAD_USER_INPUT', fields: [{ path: 'reason', message: 'กรุณาระบุเหตุผล' }], missing: null });
    expect(refetch).not.toHaveBeenCalled();
  });
});
