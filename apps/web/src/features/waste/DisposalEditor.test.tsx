import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ApolloProvider } from '@apollo/client/react';
import { fakeApi } from '../../test/fakeApi';
import { renderWithApp } from '../../test/render';
import { DisposalEditor, type DisposalUse } from './DisposalEditor';
import type { WasteSite } from './SitePicker';

const place = (code: string, nameTh: string) => ({ __typename: 'Province', code, nameTh, nameEn: nameTh });
function site(id: string, nameTh: string, method: WasteSite['method'] = 'SANITARY_LANDFILL'): WasteSite {
  return {
    __typename: 'DisposalSite',
    id,
    nameTh,
    method,
    status: 'OPERATING',
    latitude: 13.6,
    longitude: 100.3,
    capacityTonnesPerDay: 500,
    openedYear: 2555,
    editable: false,
    operator: { __typename: 'LocalAuthority', code: '7400100', nameTh: 'เทศบาลนครสมุทรสาคร', nameEn: 'Samut Sakhon City' },
    province: place('74', 'สมุทรสาคร'),
  } as WasteSite;
}
const LANDFILL = site('6f1c1a52-3b1e-4c55-9a55-0a1b2c3d4e01', 'ศูนย์กำจัดขยะเทศบาลนครสมุทรสาคร');
const COMPOST = site('6f1c1a52-3b1e-4c55-9a55-0a1b2c3d4e02', 'โรงหมักปุ๋ยตำบลท่าจีน', 'COMPOSTING');

function setup(uses: DisposalUse[], collected: number | null) {
  const api = fakeApi({
    Provinces: () => ({ provinces: [{ ...place('74', 'สมุทรสาคร'), districts: [] }, { ...place('10', 'กรุงเทพมหานคร'), districts: [] }] }),
    WasteOperatingSites: () => ({
      disposalSites: {
        __typename: 'DisposalSiteConnection',
        totalCount: 2,
        pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
        edges: [LANDFILL, COMPOST].map((node) => ({ __typename: 'DisposalSiteEdge', node })),
      },
    }),
  });
  const onSave = jest.fn<Promise<void>, [unknown]>(() => Promise.resolve());
  const onDirtyChange = jest.fn();
  renderWithApp(<DisposalEditor uses={uses} collected={collected} provinceCode="74" onSave={onSave} onDirtyChange={onDirtyChange} />, { providers: (children) => <ApolloProvider client={api.client}>{children}</ApolloProvider> });
  return { api, onSave, onDirtyChange, user: userEvent.setup() };
}

describe('the disposal editor', () => {
  it('refuses to send more than was collected, says by how much, and sends once within it', async () => {
    const { onSave, user } = setup([{ site: LANDFILL, tonnesPerDay: 4 }], 10);
    expect(screen.getByText(/ส่งกำจัดแล้ว 4.00 จากที่เก็บขนได้ 10.00 ตัน\/วัน · คงเหลือ 6.00 ตัน\/วัน/)).toBeInTheDocument();
    const tonnes = screen.getByLabelText(`ปริมาณขยะที่ส่งไป ${LANDFILL.nameTh} (ตัน/วัน)`);
    await user.clear(tonnes);
    await user.type(tonnes, '12.5');
    // Said while typing, before anything is sent.
    expect(screen.getByText(/ปริมาณขยะที่ส่งกำจัดรวม 12.50 ตัน\/วัน มากกว่าปริมาณที่เก็บขนได้ 10.00 ตัน\/วัน/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'บันทึกสถานที่กำจัด' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('ปริมาณขยะที่ส่งกำจัดรวม 12.50 ตัน/วัน มากกว่าปริมาณที่เก็บขนได้ 10.00 ตัน/วัน');
    expect(onSave).not.toHaveBeenCalled();

    await user.clear(tonnes);
    await user.type(tonnes, '๘');
    await user.click(screen.getByRole('button', { name: 'บันทึกสถานที่กำจัด' }));
    await waitFor(() => expect(onSave).toHaveBeenCalledWith([{ siteId: LANDFILL.id, tonnesPerDay: 8 }]));
    expect(await screen.findByText('บันทึกสถานที่กำจัดเรียบร้อยแล้ว')).toBeInTheDocument();
  });

  it('adds a site from the operating ones with what is left of the collected waste, and removes one', async () => {
    const { api, onSave, onDirtyChange, user } = setup([{ site: LANDFILL, tonnesPerDay: 7.25 }], 10);
    await user.click(screen.getByRole('button', { name: '+ เลือกสถานที่กำจัดที่ส่งขยะไป' }));
    const dialog = await screen.findByRole('dialog', { name: 'เลือกสถานที่กำจัดขยะ' });
    expect(await within(dialog).findByText('พบ 2 แห่งที่เปิดดำเนินการ')).toBeInTheDocument();
    expect(api.calls.find((c) => c.operation === 'WasteOperatingSites')?.variables).toMatchObject({ filter: { provinceCode: '74', status: 'OPERATING' }, first: 500 });
    expect(within(dialog).getByRole('button', { name: `เลือกแล้ว ${LANDFILL.nameTh}` })).toBeDisabled();
    await user.type(within(dialog).getByRole('searchbox', { name: 'ค้นหา' }), 'หมักปุ๋ย');
    await waitFor(() => expect(within(dialog).getByText('พบ 1 แห่งที่เปิดดำเนินการ')).toBeInTheDocument());
    await user.click(within(dialog).getByRole('button', { name: `เลือก ${COMPOST.nameTh}` }));

    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    const added = screen.getByLabelText(`ปริมาณขยะที่ส่งไป ${COMPOST.nameTh} (ตัน/วัน)`);
    expect(added).toHaveValue('2.75');
    await waitFor(() => expect(onDirtyChange).toHaveBeenLastCalledWith(true));
    await user.click(screen.getByRole('button', { name: `นำออก ${LANDFILL.nameTh}` }));
    await user.click(screen.getByRole('button', { name: 'บันทึกสถานที่กำจัด' }));
    await waitFor(() => expect(onSave).toHaveBeenCalledWith([{ siteId: COMPOST.id, tonnesPerDay: 2.75 }]));
  });

  it('shows the API’s refusal on the row it names', async () => {
    const { onSave, user } = setup([{ site: LANDFILL, tonnesPerDay: 4 }], 10);
    const { CombinedGraphQLErrors } = await import('@apollo/client/errors');
    onSave.mockRejectedValueOnce(
      new CombinedGraphQLErrors({ errors: [{ message: 'ข้อมูลไม่ถูกต้อง', extensions: { code: 'BAD_USER_INPUT', fields: [{ path: 'uses.0.tonnesPerDay', message: 'ทศนิยมเกินจำนวนหลักที่กำหนด' }] } }] }),
    );
    await user.click(screen.getByRole('button', { name: 'บันทึกสถานที่กำจัด' }));
    const tonnes = screen.getByLabelText(`ปริมาณขยะที่ส่งไป ${LANDFILL.nameTh} (ตัน/วัน)`);
    await waitFor(() => expect(tonnes).toHaveAttribute('aria-invalid', 'true'));
    expect(screen.getByText('ทศนิยมเกินจำนวนหลักที่กำหนด')).toBeInTheDocument();
  });
});
