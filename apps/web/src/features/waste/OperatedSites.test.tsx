import { ApolloClient, ApolloLink, InMemoryCache } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Observable } from 'rxjs';
import { renderWithApp } from '../../test/render';
import { OperatedSites } from './OperatedSites';

const LAO = '7400101';
const SITE = {
  __typename: 'DisposalSite',
  id: '6f1c1a52-3b1e-4c55-9a55-0a1b2c3d4e01',
  nameTh: 'ศูนย์กำจัดขยะตำบลทดสอบ',
  method: 'SANITARY_LANDFILL',
  status: 'OPERATING',
  latitude: 13.55,
  longitude: 100.27,
  capacityTonnesPerDay: 120,
  openedYear: 2560,
  editable: true,
  operator: { __typename: 'LocalAuthority', code: LAO, nameTh: 'องค์การบริหารส่วนตำบลทดสอบ', nameEn: 'Test SAO' },
  province: { __typename: 'Province', code: '74', nameTh: 'สมุทรสาคร', nameEn: 'Samut Sakhon' },
  receivedTonnesPerDay: 31.5,
  clients: [
    { __typename: 'DisposalSiteClient', laoCode: LAO, tonnesPerDay: 20 },
    { __typename: 'DisposalSiteClient', laoCode: '7400102', tonnesPerDay: 11.5 },
  ],
};
const IN_USE = 'ลบไม่ได้: ยังมี อปท. 2 แห่งส่งขยะมาที่สถานที่นี้ (ปีงบประมาณ 2570)';

function setup() {
  const calls: string[] = [];
  const link = new ApolloLink(
    (operation) =>
      new Observable((observer) => {
        calls.push(operation.operationName ?? '');
        if (operation.operationName === 'DeleteDisposalSite') {
          observer.next({ errors: [{ message: IN_USE, extensions: { code: 'CONFLICT', reason: 'SITE_IN_USE', count: 2, fiscalYear: 2570 } }] });
        } else {
          observer.next({
            data: {
              disposalSites: {
                __typename: 'DisposalSiteConnection',
                totalCount: 1,
                pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
                edges: [{ __typename: 'DisposalSiteEdge', node: SITE }],
              },
            },
          });
        }
        observer.complete();
      }),
  );
  const client = new ApolloClient({ link, cache: new InMemoryCache() });
  renderWithApp(<OperatedSites laoCode={LAO} provinceCode="74" fiscalYear={2570} mayAdd />, {
    providers: (children) => <ApolloProvider client={client}>{children}</ApolloProvider>,
  });
  return { calls, user: userEvent.setup() };
}

describe('the sites an LAO runs', () => {
  it('lists its sites with what they receive, and says in Thai why one still in use cannot be deleted', async () => {
    const { calls, user } = setup();
    const row = await screen.findByRole('row', { name: new RegExp(SITE.nameTh) });
    expect(row).toHaveTextContent('ฝังกลบถูกหลักสุขาภิบาล');
    expect(row).toHaveTextContent('31.50 (จาก 2 อปท.)');
    expect(row).toHaveTextContent('เปิดปี 2560');
    await user.click(within(row).getByRole('button', { name: `ลบ ${SITE.nameTh}` }));
    const dialog = screen.getByRole('dialog', { name: 'ลบสถานที่กำจัดขยะ' });
    await user.click(within(dialog).getByRole('button', { name: 'ยืนยันการลบ' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(IN_USE);
    expect(calls.filter((c) => c === 'DeleteDisposalSite')).toHaveLength(1);
    expect(screen.getByRole('row', { name: new RegExp(SITE.nameTh) })).toBeInTheDocument();
  });
});
