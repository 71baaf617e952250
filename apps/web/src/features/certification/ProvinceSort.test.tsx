import { defaultRights } from '@lao/domain';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { useAuth } from '../../app/auth';
import { fakeApi, session } from '../../test/fakeApi';
import { renderWithApp } from '../../test/render';
import { INFO_PROVINCE_PAGE } from '../info/ProvinceInfoPage';
import { ProvincePage } from './ProvincePage';

const province = { __typename: 'Province', code: '74', nameTh: 'สมุทรสาคร', nameEn: 'Samut Sakhon' };
const district = { __typename: 'District', code: '7401', nameTh: 'เมืองสมุทรสาคร', nameEn: 'Mueang Samut Sakhon' };
const node = {
  __typename: 'Submission',
  laoCode: '7400101',
  fiscalYear: 2570,
  status: 'DRAFT',
  complete: false,
  laoCertifiedAt: null,
  provinceCertifiedAt: null,
  updatedAt: null,
  allowedActions: [],
  localAuthority: { __typename: 'LocalAuthority', code: '7400101', nameTh: 'อบต.ท่าทราย', nameEn: 'Tha Sai', type: 'SAO', district, province },
};

function WhenLoggedIn({ children }: { children: ReactNode }) {
  return useAuth().status === 'ready' ? <>{children}</> : null;
}

/** The kit's province list, as INFO configures it: its columns sort on the server, and the sort stays in the address. */
describe('the province list: sorting', () => {
  it('sorts by status on the server with aria-sort, keeping the sort and the filter in the address', async () => {
    const api = fakeApi({
      Session: session('PROVINCE', '74', defaultRights('PROVINCE')),
      Provinces: () => ({ provinces: [{ ...province, districts: [district] }] }),
      CertificationProgress: () => ({ certificationProgress: [] }),
      Submissions: () => ({
        submissions: {
          __typename: 'SubmissionConnection',
          totalCount: 1,
          pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
          edges: [{ __typename: 'SubmissionEdge', node }],
        },
      }),
    });
    const { router } = renderWithApp(
      <WhenLoggedIn>
        <ProvincePage config={INFO_PROVINCE_PAGE} />
      </WhenLoggedIn>,
      { route: '/info/province/74?status=DRAFT', path: '/info/province/:provinceCode', providers: api.providers },
    );
    const asked = () => api.calls.filter((c) => c.operation === 'Submissions').at(-1)!.variables;
    await screen.findByRole('row', { name: /อบต.ท่าทราย/ });
    expect(asked().sort).toBeNull();
    const status = screen.getByRole('columnheader', { name: /สถานะ/ });
    expect(status).not.toHaveAttribute('aria-sort');

    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: /สถานะ/ }));
    await waitFor(() => expect(asked()).toMatchObject({ sort: { field: 'STATUS', direction: 'ASC' }, filter: { provinceCode: '74', status: 'DRAFT' } }));
    expect(screen.getByRole('columnheader', { name: /สถานะ/ })).toHaveAttribute('aria-sort', 'ascending');
    expect(Object.fromEntries(new URLSearchParams(router.state.location.search))).toEqual({ status: 'DRAFT', sort: 'status', dir: 'asc' });

    await user.click(screen.getByRole('button', { name: /อปท\./ }));
    await waitFor(() => expect(asked().sort).toEqual({ field: 'NAME', direction: 'ASC' }));
    expect(screen.getByRole('columnheader', { name: /สถานะ/ })).not.toHaveAttribute('aria-sort');
  });
});
