import { defaultRights, type CertificationAction, type CertificationStatus } from '@lao/domain';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { useAuth } from '../../app/auth';
import { fakeApi, session } from '../../test/fakeApi';
import { renderWithApp } from '../../test/render';
import { ESERVICE_PROVINCE_PAGE } from '../eservice/EServiceProvincePage';
import { INFO_PROVINCE_PAGE } from '../info/ProvinceInfoPage';
import { ProvincePage, type ProvincePageConfig } from './ProvincePage';

const province = { __typename: 'Province', code: '74', nameTh: 'สมุทรสาคร', nameEn: 'Samut Sakhon' };
const district = { __typename: 'District', code: '7401', nameTh: 'เมืองสมุทรสาคร', nameEn: 'Mueang Samut Sakhon' };

function row(laoCode: string, nameTh: string, status: CertificationStatus, allowedActions: CertificationAction[]) {
  return {
    __typename: 'Submission',
    laoCode,
    fiscalYear: 2570,
    status,
    complete: status !== 'DRAFT',
    laoCertifiedAt: status === 'DRAFT' ? null : '2027-05-01T03:00:00Z',
    provinceCertifiedAt: null,
    updatedAt: '2027-05-01T03:00:00Z',
    allowedActions,
    localAuthority: { __typename: 'LocalAuthority', code: laoCode, nameTh, nameEn: nameTh, type: 'SAO', district, province },
  };
}

function WhenLoggedIn({ children }: { children: ReactNode }) {
  return useAuth().status === 'ready' ? <>{children}</> : null;
}

function setup(config: ProvincePageConfig, level: 'PROVINCE' | 'LAO' = 'PROVINCE') {
  let statusOfCertified: CertificationStatus = 'LAO_CERTIFIED';
  const api = fakeApi({
    Session: session(level, level === 'PROVINCE' ? '74' : '7400101', defaultRights(level)),
    Provinces: () => ({ provinces: [{ ...province, districts: [district] }] }),
    CertificationProgress: () => ({
      certificationProgress: [{ __typename: 'ProvinceProgress', provinceCode: '74', province, total: 2, draft: 1, laoCertified: 1, provinceCertified: 0 }],
    }),
    Submissions: () => ({
      submissions: {
        __typename: 'SubmissionConnection',
        totalCount: 2,
        pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
        edges: [
          { __typename: 'SubmissionEdge', node: row('7400101', 'อบต.ท่าทราย', statusOfCertified, statusOfCertified === 'DRAFT' ? [] : ['RETURN', 'CERTIFY_PROVINCE']) },
          { __typename: 'SubmissionEdge', node: row('7400102', 'อบต.นาดี', 'DRAFT', []) },
        ],
      },
    }),
    ReturnSubmission: () => {
      statusOfCertified = 'DRAFT';
      return { returnSubmission: { __typename: 'Submission', laoCode: '7400101', status: 'DRAFT' } };
    },
  });
  const user = userEvent.setup();
  renderWithApp(
    <WhenLoggedIn>
      <ProvincePage config={config} />
    </WhenLoggedIn>,
    { route: `${config.module.path}/province/74`, path: `${config.module.path}/province/:provinceCode`, providers: api.providers },
  );
  return { api, user };
}

afterEach(() => localStorage.clear());

describe('ProvincePage (the kit’s, configured by each module)', () => {
  it('INFO: its words, the LAO-type filter, progress and certify-all, and "ดูข้อมูล" to INFO’s LAO page', async () => {
    setup(INFO_PROVINCE_PAGE);
    expect(await screen.findByRole('heading', { level: 1, name: 'การรับรองข้อมูล INFO จังหวัดสมุทรสาคร' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'ประเภท อปท.' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'จังหวัดดำเนินการรับรองข้อมูลทั้งหมด' })).toBeInTheDocument();
    const tarsai = await screen.findByRole('row', { name: /อบต.ท่าทราย/ });
    expect(within(tarsai).getByRole('link', { name: 'ดูข้อมูล อบต.ท่าทราย' })).toHaveAttribute('href', '/info/lao/7400101');
    expect(screen.getByText('อปท. ทั้งหมด', { selector: 'dt' }).nextElementSibling).toHaveTextContent('2');
  });

  it('the e-Service survey: the manual’s words, numbered rows, no type filter, its own LAO pages', async () => {
    setup(ESERVICE_PROVINCE_PAGE);
    expect(await screen.findByRole('heading', { level: 1, name: 'แบบสำรวจงานบริการ e-Service จังหวัดสมุทรสาคร' })).toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: 'ประเภท อปท.' })).not.toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'สถานะการรับรองของ อปท.' })).toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: 'ลำดับ' })).toBeInTheDocument();
    const tarsai = await screen.findByRole('row', { name: /อบต.ท่าทราย/ });
    expect(within(tarsai).getByRole('link', { name: 'ดูข้อมูล อบต.ท่าทราย' })).toHaveAttribute('href', '/eservice/lao/7400101');
  });

  it('returns an LAO’s data with a reason, only where the API allows RETURN', async () => {
    const { api, user } = setup(INFO_PROVINCE_PAGE);
    const tarsai = await screen.findByRole('row', { name: /อบต.ท่าทราย/ });
    expect(within(screen.getByRole('row', { name: /อบต.นาดี/ })).queryByRole('button')).not.toBeInTheDocument();
    await user.click(within(tarsai).getByRole('button', { name: 'ส่งคืนให้ อปท. แก้ไข อบต.ท่าทราย' }));

    const dialog = screen.getByRole('dialog', { name: 'ส่งคืนให้ อปท. แก้ไข' });
    expect(dialog).toHaveTextContent('ส่งข้อมูลคืนให้อบต.ท่าทรายแก้ไข');
    await user.type(within(dialog).getByRole('textbox', { name: 'เหตุผล' }), 'จำนวนประชากรไม่ตรงกับทะเบียนราษฎร');
    await user.click(within(dialog).getByRole('button', { name: 'ส่งคืนให้ อปท. แก้ไข' }));

    await waitFor(() => expect(api.calls.find((c) => c.operation === 'ReturnSubmission')?.variables).toEqual({
      module: 'INFO',
      laoCode: '7400101',
      fiscalYear: 2570,
      reason: 'จำนวนประชากรไม่ตรงกับทะเบียนราษฎร',
    }));
    expect(await screen.findByText('ส่งคืนให้อบต.ท่าทรายแก้ไขเรียบร้อยแล้ว')).toBeInTheDocument();
    await waitFor(() => expect(within(screen.getByRole('row', { name: /อบต.ท่าทราย/ })).queryByRole('button')).not.toBeInTheDocument());
  });

  it('is not for an LAO user', async () => {
    setup(INFO_PROVINCE_PAGE, 'LAO');
    expect(await screen.findByRole('heading', { level: 1, name: 'ท่านไม่มีสิทธิ์เข้าถึงหน้านี้' })).toBeInTheDocument();
  });
});
