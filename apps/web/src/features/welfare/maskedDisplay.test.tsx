import type { UserLevel } from '@lao/domain';
import { screen, waitFor, within } from '@testing-library/react';
import { beneficiary, LAO, MALEE, place, SOMSRI, welfareYear } from './testing/fixtures';
import { renderPage } from './testing/renderPage';
import PersonPage from './PersonPage';
import WelfareLaoPage from './WelfareLaoPage';

const trail = () => ({
  auditTrail: {
    __typename: 'AuditEntryConnection',
    totalCount: 1,
    pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
    edges: [
      {
        __typename: 'AuditEntryEdge',
        node: { __typename: 'AuditEntry', id: 'a1', at: '2026-11-30T03:04:05Z', actor: 'admin', actorLevel: 'DEPARTMENT', apiKeyName: null, action: 'REVEAL', module: 'WELFARE', laoCode: LAO, subjectType: 'BENEFICIARY', subjectId: SOMSRI.id, subjectCount: 1, purpose: 'ตรวจสอบบัตรประชาชน' },
      },
    ],
  },
});

function registry(level: UserLevel) {
  const masked = level === 'PROVINCE';
  return renderPage(<WelfareLaoPage />, {
    route: `/welfare/lao/${LAO}`,
    path: '/welfare/lao/:laoCode',
    level,
    handlers: {
      WelfareYear: () => ({ welfareYear: welfareYear() }),
      WelfareBeneficiaries: () => ({
        welfareBeneficiaries: {
          __typename: 'BeneficiaryConnection',
          totalCount: 2,
          pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
          edges: [SOMSRI, MALEE].map((p) => ({ __typename: 'BeneficiaryEdge', node: beneficiary({ ...p, masked }) })),
        },
      }),
    },
  });
}

function person(level: UserLevel) {
  return renderPage(<PersonPage />, {
    route: `/welfare/lao/${LAO}/person/${SOMSRI.id}`,
    path: '/welfare/lao/:laoCode/person/:id',
    level,
    handlers: {
      WelfareBeneficiary: () => ({ welfareBeneficiary: beneficiary({ ...SOMSRI, masked: level === 'PROVINCE' }) }),
      WelfareLao: () => ({ localAuthority: place() }),
      AuditTrail: trail,
      RevealNationalId: ({ purpose }) => ({ revealNationalId: purpose ? '1101700203484' : '' }),
    },
  });
}

describe('personal data as each level receives it', () => {
  it('lists masked IDs and names to a province officer, with the year’s figures and no registering', async () => {
    const { api } = registry('PROVINCE');
    const table = await screen.findByRole('table', { name: 'ทะเบียนผู้มีสิทธิ์รับเบี้ยยังชีพ' });
    expect(await within(table).findByRole('link', { name: 'นางส… ใ…' })).toHaveAttribute('href', `/welfare/lao/${LAO}/person/${SOMSRI.id}`);
    expect(within(table).getByText('1-1017-xxxxx-xx-4')).toBeInTheDocument();
    expect(within(table).queryByText(/สมศรี/)).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /ลงทะเบียน/ })).not.toBeInTheDocument();
    expect(screen.getByText('3,000 บาท')).toBeInTheDocument();
    expect(api.calls.find((c) => c.operation === 'WelfareBeneficiaries')?.variables).toMatchObject({ laoCode: LAO, filter: { search: null, allowanceType: null, status: null } });
  });

  it('lists the LAO’s own official the names in full, with the way to register', async () => {
    registry('LAO');
    expect(await screen.findByRole('link', { name: 'นางสมศรี ใจดี' })).toBeInTheDocument();
    expect(screen.getByText('1-1017-xxxxx-xx-4')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /ลงทะเบียน/ })).toHaveAttribute('href', `/welfare/lao/${LAO}/register`);
  });

  it('shows a province officer a person masked: no birth date, address or phone, no reveal, no access log', async () => {
    const { api } = person('PROVINCE');
    expect(await screen.findByRole('heading', { level: 1, name: 'นางส… ใ…' })).toBeInTheDocument();
    expect(screen.getByText(/ท่านไม่มีสิทธิ์ดูข้อมูลส่วนบุคคล/)).toBeInTheDocument();
    expect(screen.getAllByText('ไม่แสดง (ข้อมูลส่วนบุคคล)').length).toBeGreaterThanOrEqual(4);
    expect(screen.queryByRole('button', { name: 'แสดงเลขประจำตัวประชาชน' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'แก้ไขข้อมูล' })).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'ผู้ที่เปิดดูข้อมูลรายนี้' })).not.toBeInTheDocument();
    expect(api.calls.some((c) => c.operation === 'AuditTrail')).toBe(false);
  });

  it('lets the LAO’s official reveal the full ID for a stated purpose, and shows who viewed the record', async () => {
    const { api, user } = person('LAO');
    expect(await screen.findByRole('heading', { level: 1, name: 'นางสมศรี ใจดี' })).toBeInTheDocument();
    const log = await screen.findByRole('table', { name: 'ผู้ที่เปิดดูข้อมูลรายนี้' });
    expect(within(log).getByText('ตรวจสอบบัตรประชาชน')).toBeInTheDocument();
    expect(api.calls.find((c) => c.operation === 'AuditTrail')?.variables).toMatchObject({ filter: { subjectId: SOMSRI.id, module: 'WELFARE' } });

    await user.click(screen.getByRole('button', { name: 'แสดงเลขประจำตัวประชาชน' }));
    const dialog = screen.getByRole('dialog', { name: 'แสดงเลขประจำตัวประชาชนเต็ม' });
    await user.type(within(dialog).getByLabelText('เหตุผลในการเปิดดู'), 'ตรวจ');
    await user.click(within(dialog).getByRole('button', { name: 'แสดงเลข' }));
    expect(await within(dialog).findByText('กรุณาระบุเหตุผลในการเปิดดูอย่างน้อย 5 ตัวอักษร')).toBeInTheDocument();
    await user.type(within(dialog).getByLabelText('เหตุผลในการเปิดดู'), 'สอบบัตรตัวจริง');
    await user.click(within(dialog).getByRole('button', { name: 'แสดงเลข' }));
    expect(await screen.findByText('1101700203484')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(api.calls.find((c) => c.operation === 'RevealNationalId')?.variables).toEqual({ id: SOMSRI.id, purpose: 'ตรวจสอบบัตรตัวจริง' });
  });
});
