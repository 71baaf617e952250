import { MockedProvider } from '@apollo/client/testing/react';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { eServiceSurveyQuery, saveEServiceSideMutation } from './operations';
import { item } from './sideFixtures';
import { useEServiceSurvey } from './useEServiceSurvey';

const LAO = '4120502';
const VARIABLES = { laoCode: LAO, fiscalYear: 2570 };
const GRANT = item('11111111-1111-4111-8111-111111111111', 'ลงทะเบียนรับเงินอุดหนุนเพื่อการเลี้ยงดูเด็กแรกเกิด', null);
const ANSWER = { itemId: GRANT.id, offered: false, needed: true, steps: null, channels: null, otherChannels: null, users: null };

const surveyResult = {
  data: {
    eServiceSurvey: {
      __typename: 'EServiceSurvey',
      laoCode: LAO,
      fiscalYear: 2570,
      status: 'DRAFT',
      complete: false,
      editable: true,
      allowedActions: [],
      windowOpen: true,
      opensAt: null,
      closesAt: null,
      laoCertifiedAt: null,
      provinceCertifiedAt: null,
      updatedAt: null,
      history: [],
      localAuthority: {
        __typename: 'LocalAuthority',
        code: LAO,
        nameTh: 'เทศบาลตำบลบางใหญ่',
        nameEn: 'Bang Yai',
        district: null,
        province: { __typename: 'Province', code: '12', nameTh: 'นนทบุรี', nameEn: 'Nonthaburi' },
      },
      sides: [],
    },
  },
};

const saved = (items: unknown[]) => ({
  data: { saveEServiceSide: { __typename: 'EServiceSide', side: 2, complete: true, savedAt: '2027-01-01T03:00:00Z', items } },
});

function setup(save: ReturnType<typeof saved> | { errors: unknown[] }) {
  const mocks = [
    { request: { query: eServiceSurveyQuery, variables: VARIABLES }, result: surveyResult, maxUsageCount: 3 },
    { request: { query: saveEServiceSideMutation, variables: { input: { ...VARIABLES, side: 2, answers: [ANSWER] } } }, result: save },
  ];
  const wrapper = ({ children }: { children: ReactNode }) => <MockedProvider mocks={mocks as never}>{children}</MockedProvider>;
  return renderHook(() => useEServiceSurvey(LAO, 2570), { wrapper });
}

describe('useEServiceSurvey', () => {
  it('keeps a side flagged by a certify attempt red until saving makes it complete', async () => {
    const { result } = setup(saved([{ __typename: 'EServiceItem', ...GRANT, offered: false, needed: true }]));
    await waitFor(() => expect(result.current.data).toBeDefined());
    act(() => result.current.flag(['2', '5']));
    expect([...result.current.flagged]).toEqual([2, 5]);

    let outcome: Awaited<ReturnType<typeof result.current.save>> | undefined;
    await act(async () => {
      outcome = await result.current.save(2, [ANSWER]);
    });
    expect(outcome).toMatchObject({ ok: true, complete: true });
    expect([...result.current.flagged]).toEqual([5]);
  });

  it('hands back the server’s refusal of a side, naming the item it is about', async () => {
    const { result } = setup({
      errors: [{ message: 'ไม่พบรายการบริการนี้ในแบบสำรวจ', extensions: { code: 'BAD_USER_INPUT', itemId: GRANT.id, fields: [] } }],
    });
    await waitFor(() => expect(result.current.data).toBeDefined());
    let outcome: Awaited<ReturnType<typeof result.current.save>> | undefined;
    await act(async () => {
      outcome = await result.current.save(2, [ANSWER]);
    });
    expect(outcome).toEqual({ ok: false, message: 'ไม่พบรายการบริการนี้ในแบบสำรวจ', fields: [], itemId: GRANT.id });
  });
});
