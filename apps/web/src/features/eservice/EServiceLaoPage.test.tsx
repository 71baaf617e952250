import { defaultRights } from '@lao/domain';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { useAuth } from '../../app/auth';
import { fakeApi, session } from '../../test/fakeApi';
import { renderWithApp } from '../../test/render';
import EServiceLaoPage from './EServiceLaoPage';

const LAO = '4120502';
const ID = (side: number) => `${side}1111111-1111-4111-8111-111111111111`;

/** A survey of six sides with one preset item each; saving a side stores its answers. */
function survey() {
  const answers = new Map<number, { offered: boolean; needed: boolean | null }>();
  const item = (side: number) => ({
    __typename: 'EServiceItem',
    id: ID(side),
    code: `S${side}_01`,
    side,
    group: null,
    nameTh: `บริการของด้านที่ ${side}`,
    nameEn: null,
    custom: false,
    offered: answers.get(side)?.offered ?? null,
    needed: answers.get(side)?.needed ?? null,
    steps: null,
    channels: null,
    otherChannels: null,
    users: null,
  });
  const side = (n: number) => ({
    __typename: 'EServiceSide',
    side: n,
    titleTh: `หัวข้อด้าน ${n}`,
    titleEn: `Side ${n}`,
    complete: answers.has(n),
    savedAt: answers.has(n) ? '2027-01-01T03:00:00Z' : null,
    groups: [],
    items: [item(n)],
  });
  const sides = [1, 2, 3, 4, 5, 6];
  const api = fakeApi({
    Session: session('LAO', LAO, defaultRights('LAO')),
    EServiceSurvey: () => ({
      eServiceSurvey: {
        __typename: 'EServiceSurvey',
        laoCode: LAO,
        fiscalYear: 2570,
        status: 'DRAFT',
        complete: sides.every((n) => answers.has(n)),
        editable: true,
        allowedActions: [],
        windowOpen: true,
        opensAt: '2026-09-30T17:00:00Z',
        closesAt: '2027-06-15T16:59:59Z',
        laoCertifiedAt: null,
        provinceCertifiedAt: null,
        updatedAt: null,
        history: [],
        localAuthority: {
          __typename: 'LocalAuthority',
          code: LAO,
          nameTh: 'เทศบาลตำบลบางใหญ่',
          nameEn: 'Bang Yai',
          district: { __typename: 'District', code: '1205', nameTh: 'บางใหญ่', nameEn: 'Bang Yai' },
          province: { __typename: 'Province', code: '12', nameTh: 'นนทบุรี', nameEn: 'Nonthaburi' },
        },
        sides: sides.map(side),
      },
    }),
    SaveEServiceSide: (variables) => {
      const input = variables.input as { side: number; answers: { offered: boolean; needed: boolean | null }[] };
      if (input.answers[0]) answers.set(input.side, input.answers[0]);
      const saved = side(input.side);
      return { saveEServiceSide: { __typename: 'EServiceSide', side: saved.side, complete: saved.complete, savedAt: saved.savedAt, items: saved.items } };
    },
  });
  return api;
}

function WhenLoggedIn({ children }: { children: ReactNode }) {
  return useAuth().status === 'ready' ? <>{children}</> : null;
}

function setup() {
  const api = survey();
  const user = userEvent.setup();
  const { router } = renderWithApp(
    <WhenLoggedIn>
      <EServiceLaoPage />
    </WhenLoggedIn>,
    { route: `/eservice/lao/${LAO}`, path: '/eservice/lao/:laoCode', providers: api.providers },
  );
  return { api, user, router };
}

afterEach(() => localStorage.clear());

describe('EServiceLaoPage', () => {
  it('tells an LAO that has not started which sides are missing when it certifies too early', async () => {
    const { api, user } = setup();
    await user.click(await screen.findByRole('button', { name: 'รับรองข้อมูลและส่งจังหวัด' }));
    const popup = screen.getByRole('alertdialog', { name: 'กรุณากรอกข้อมูลให้ครบก่อนทำการรับรองข้อมูล' });
    expect(within(popup).getAllByRole('listitem')).toHaveLength(6);
    expect(api.calls.some((c) => c.operation === 'CertifyEServiceSurvey')).toBe(false);
    await user.click(within(popup).getByRole('button', { name: 'ตกลง' }));
    expect(screen.getByText('เปิดให้บันทึกถึง 15 มิ.ย. 2570 23:59')).toBeInTheDocument();
    // The deadline every module shows, from the API's closesAt.
    expect(screen.getByText('กำหนดส่งข้อมูล', { selector: 'dt' }).nextElementSibling).toHaveTextContent(/^15 มิ\.ย\. 2570 23:59/);
  });

  it('asks before leaving a side with unsaved answers, and "save and go to the next side" moves on', async () => {
    const { api, user, router } = setup();
    const heading = await screen.findByRole('heading', { level: 2, name: /^ด้านที่ 1 / });
    expect(heading).toBeInTheDocument();
    await user.click(within(screen.getByRole('row', { name: 'บริการของด้านที่ 1' })).getByRole('radio', { name: 'ไม่มี' }));
    await user.click(within(screen.getByRole('row', { name: 'บริการของด้านที่ 1' })).getByRole('radio', { name: 'จำเป็น' }));

    await user.click(within(screen.getByRole('navigation', { name: 'ด้านของแบบสำรวจ' })).getByRole('button', { name: /^ด้านที่ 3 / }));
    const ask = await screen.findByRole('dialog', { name: 'ข้อมูลยังไม่ได้บันทึก' });
    await user.click(within(ask).getByRole('button', { name: 'กลับไปบันทึก' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(router.state.location.search).toBe('');

    await user.click(screen.getByRole('button', { name: 'บันทึกและไปด้านถัดไป' }));
    await waitFor(() => expect(screen.getByRole('heading', { level: 2, name: /^ด้านที่ 2 / })).toHaveFocus());
    expect(router.state.location.search).toBe('?side=2');
    expect(api.calls.find((c) => c.operation === 'SaveEServiceSide')?.variables).toEqual({
      input: { laoCode: LAO, fiscalYear: 2570, side: 1, answers: [{ itemId: ID(1), offered: false, needed: true, steps: null, channels: null, otherChannels: null, users: null }] },
    });
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });
});
