import { defaultRights, type Rights, type UserLevel } from '@lao/domain';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { useAuth } from '../../app/auth';
import { fakeApi, session } from '../../test/fakeApi';
import { renderWithApp } from '../../test/render';
import { LaoProfilePage } from './LaoProfilePage';

const LAO = '6120601';

const ADMINS = [
  { name: 'สมชาย ใจดี', position: 'นักวิชาการคอมพิวเตอร์', phone: '081 234 5678' },
  { name: 'สมศรี ศรีสุข', position: 'เจ้าพนักงานธุรการ', phone: '02 123 4567' },
];

function WhenLoggedIn({ children }: { children: ReactNode }) {
  return useAuth().status === 'ready' ? <>{children}</> : null;
}

/** The LAO as the caller is answered: `masked` as a caller without PERSONAL_DATA on the registry sees it. */
function setup(level: UserLevel, scopeCode: string | null, rights: Rights, masked: boolean, lang: 'th' | 'en' = 'th') {
  const admins = ADMINS.map((a) => ({ __typename: 'InfoAdmin', ...a, phone: masked ? null : a.phone }));
  const lao = (website: string | null) => ({
    __typename: 'LocalAuthority',
    code: LAO,
    nameTh: 'องค์การบริหารส่วนตำบลหนองฉาง',
    nameEn: 'Nong Chang SAO',
    type: 'SAO',
    website,
    updatedAt: '2026-11-01T03:00:00.000Z',
    district: { __typename: 'District', code: '6106', nameTh: 'หนองฉาง', nameEn: 'Nong Chang' },
    province: { __typename: 'Province', code: '61', nameTh: 'อุทัยธานี', nameEn: 'Uthai Thani' },
    infoAdmins: admins,
  });
  const api = fakeApi({
    Session: session(level, scopeCode, rights),
    LaoProfile: () => ({ localAuthority: lao('https://www.old.go.th') }),
    UpdateLocalAuthorityContacts: ({ input }) => ({ updateLocalAuthorityContacts: lao((input as { website: string }).website) }),
  });
  renderWithApp(
    <WhenLoggedIn>
      <LaoProfilePage />
    </WhenLoggedIn>,
    { route: `/lao/${LAO}`, path: '/lao/:code', providers: api.providers, lang },
  );
  const saves = () => api.calls.filter((c) => c.operation === 'UpdateLocalAuthorityContacts');
  return { user: userEvent.setup(), saves };
}

describe('the INFO administrators’ phones are personal data', () => {
  it('shows a masked phone as hidden to a reader, never as an empty number', async () => {
    setup('PROVINCE', '50', { REGISTRY: ['VIEW'] }, true);
    await screen.findByText('สมชาย ใจดี');
    const admins = document.querySelector<HTMLElement>('.admin-list')!;
    expect(within(admins).getAllByText('ไม่แสดง (ข้อมูลส่วนบุคคล)')).toHaveLength(2);
    expect(within(admins).queryByRole('link')).not.toBeInTheDocument();
    expect(screen.getByRole('note')).toHaveTextContent('ท่านดูข้อมูลได้อย่างเดียว');
  });

  it('says "Hidden (personal data)" in English', async () => {
    setup('PROVINCE', '50', { REGISTRY: ['VIEW'] }, true, 'en');
    expect(await screen.findAllByText('Hidden (personal data)')).toHaveLength(2);
  });

  it('lets a recorder without the phones edit the website only: the administrators read-only with a note, and left out of the save', async () => {
    const { user, saves } = setup('PROVINCE', '61', defaultRights('PROVINCE'), true);
    const website = await screen.findByLabelText('เว็บไซต์');
    expect(screen.queryByLabelText('เบอร์โทรศัพท์')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /เพิ่มผู้ดูแลระบบ INFO/ })).not.toBeInTheDocument();
    expect(screen.getByRole('note')).toHaveTextContent('ท่านไม่มีสิทธิ์ดูเบอร์โทรศัพท์ของผู้ดูแลระบบ INFO (ข้อมูลส่วนบุคคล)');
    expect(screen.getAllByText('ไม่แสดง (ข้อมูลส่วนบุคคล)')).toHaveLength(2);

    await user.clear(website);
    await user.type(website, 'https://www.nongchang.go.th');
    await user.click(screen.getByRole('button', { name: 'บันทึก' }));
    expect(await screen.findByRole('status')).toHaveTextContent('บันทึกเรียบร้อยแล้ว');
    expect(saves()).toHaveLength(1);
    expect(saves()[0]!.variables).toEqual({ input: { laoCode: LAO, website: 'https://www.nongchang.go.th' } });
  });

  it('gives the whole form to a recorder who sees the phones, and sends the administrators as typed', async () => {
    const { user, saves } = setup('LAO', LAO, defaultRights('LAO'), false);
    const phones = await screen.findAllByLabelText('เบอร์โทรศัพท์');
    expect(phones.map((p) => (p as HTMLInputElement).value)).toEqual(['081 234 5678', '02 123 4567']);
    await user.click(screen.getByRole('button', { name: 'บันทึก' }));
    await waitFor(() => expect(saves()).toHaveLength(1));
    expect(saves()[0]!.variables).toEqual({ input: { laoCode: LAO, website: 'https://www.old.go.th', infoAdmins: ADMINS } });
  });
});
