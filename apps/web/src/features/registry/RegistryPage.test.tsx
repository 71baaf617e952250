import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeApi, session } from '../../test/fakeApi';
import { renderWithApp } from '../../test/render';
import { RegistryPage } from './RegistryPage';

const lao = (code: string) => ({
  __typename: 'LocalAuthority',
  code,
  nameTh: `อบต.ทดสอบ ${code}`,
  nameEn: `Test SAO ${code}`,
  type: 'SAO',
  website: null,
  district: { __typename: 'District', code: '1201', nameTh: 'เมืองนนทบุรี', nameEn: 'Mueang Nonthaburi' },
  province: { __typename: 'Province', code: '12', nameTh: 'นนทบุรี', nameEn: 'Nonthaburi' },
});

/** Two pages: the first ends at cursor c1; a page asked `after: c1` is the second (and last). */
function setup(route = '/registry') {
  const api = fakeApi({
    Session: session('DEPARTMENT', null, { REGISTRY: ['VIEW'] }),
    Provinces: () => ({ provinces: [] }),
    LocalAuthorities: ({ after }) => ({
      localAuthorities: {
        __typename: 'LocalAuthorityConnection',
        totalCount: 51,
        pageInfo: { __typename: 'PageInfo', hasNextPage: !after, endCursor: after ? 'c2' : 'c1' },
        edges: [{ __typename: 'LocalAuthorityEdge', cursor: 'x', node: lao(after ? '5120199' : '5120101') }],
      },
    }),
  });
  const { router } = renderWithApp(<RegistryPage />, { providers: api.providers, route });
  const asked = () => api.calls.filter((c) => c.operation === 'LocalAuthorities').at(-1)!.variables;
  return { api, router, asked, user: userEvent.setup() };
}

const header = (name: string) => screen.getByRole('columnheader', { name: new RegExp(name) });

describe('RegistryPage', () => {
  it('sorts by a column on the server, says so with aria-sort, and keeps the sort in the address', async () => {
    const { router, asked, user } = setup();
    await screen.findByText('อบต.ทดสอบ 5120101');
    expect(header('รหัส อปท.')).toHaveAttribute('aria-sort', 'ascending');
    expect(header('ชื่อ อปท.')).not.toHaveAttribute('aria-sort');
    expect(asked().sort).toBeNull();

    await user.click(screen.getByRole('button', { name: /ชื่อ อปท\./ }));
    await waitFor(() => expect(asked().sort).toEqual({ field: 'NAME', direction: 'ASC' }));
    expect(header('ชื่อ อปท.')).toHaveAttribute('aria-sort', 'ascending');
    expect(router.state.location.search).toBe('?sort=name&dir=asc');

    await user.click(screen.getByRole('button', { name: /ชื่อ อปท\./ }));
    await waitFor(() => expect(asked().sort).toEqual({ field: 'NAME', direction: 'DESC' }));
    expect(header('ชื่อ อปท.')).toHaveAttribute('aria-sort', 'descending');
    expect(router.state.location.search).toBe('?sort=name&dir=desc');
  });

  it('keeps the page in the address, so Back and a reload show the same page, and a new sort starts on page one', async () => {
    const { router, asked, user } = setup('/registry?type=SAO&sort=province&dir=desc');
    await screen.findByText('อบต.ทดสอบ 5120101');
    expect(asked()).toMatchObject({ filter: { type: 'SAO' }, sort: { field: 'PROVINCE', direction: 'DESC' }, after: null });

    await user.click(screen.getByRole('button', { name: /ถัดไป/ }));
    await screen.findByText('อบต.ทดสอบ 5120199');
    expect(asked().after).toBe('c1');
    const secondPage = `${router.state.location.pathname}${router.state.location.search}`;
    expect(new URLSearchParams(router.state.location.search).get('p')).toMatch(/\.c1$/);

    await act(() => router.navigate(-1)); // Back: page one again (from the cache)
    await screen.findByText('อบต.ทดสอบ 5120101');
    expect(router.state.location.search).toBe('?type=SAO&sort=province&dir=desc');
    await act(() => router.navigate(secondPage)); // the same address again (a reload, a link): the same page
    await screen.findByText('อบต.ทดสอบ 5120199');

    await user.click(screen.getByRole('button', { name: /จังหวัด/ }));
    await screen.findByText('อบต.ทดสอบ 5120101');
    expect(asked()).toMatchObject({ sort: { field: 'PROVINCE', direction: 'ASC' }, after: null });
  });
});
