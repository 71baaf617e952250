import { screen, waitFor, within } from '@testing-library/react';
import { BOONMA, beneficiary, LAO, MALEE, place, PRASERT, SOMSRI } from './testing/fixtures';
import { renderPage } from './testing/renderPage';
import PaymentsPage from './PaymentsPage';

const rows = [
  { person: SOMSRI, amount: 700 },
  { person: BOONMA, amount: 1000 },
  { person: PRASERT, amount: 800 },
  { person: MALEE, amount: 500 },
];

/** The whole month per type, as the API counts it (not from the rows of a page). */
const BY_TYPE = [
  { __typename: 'PaymentTypeTotal', allowanceType: 'ELDERLY', count: 2, total: 1700 },
  { __typename: 'PaymentTypeTotal', allowanceType: 'DISABILITY', count: 1, total: 800 },
  { __typename: 'PaymentTypeTotal', allowanceType: 'AIDS', count: 1, total: 500 },
];

function setup(level: 'LAO' | 'PROVINCE' = 'LAO') {
  const masked = level !== 'LAO';
  return renderPage(<PaymentsPage />, {
    route: `/welfare/lao/${LAO}/payments?year=2570&month=2`,
    path: '/welfare/lao/:laoCode/payments',
    level,
    handlers: {
      WelfareLao: () => ({ localAuthority: place() }),
      WelfarePaymentList: ({ month }) => ({
        welfarePaymentList: {
          __typename: 'PaymentList',
          laoCode: LAO,
          fiscalYear: 2570,
          month,
          monthStart: month === 2 ? '2026-11-01' : '2026-12-01',
          count: rows.length,
          total: 3000,
          byType: BY_TYPE,
          pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: 'c4' },
          rows: rows.map((r) => ({ __typename: 'PaymentRow', amount: r.amount, beneficiary: beneficiary({ ...r.person, masked }) })),
        },
      }),
      ExportWelfarePaymentList: ({ format }) => ({
        exportWelfarePaymentList: {
          __typename: 'PaymentExport',
          fileName: `welfare-transfer-${LAO}-2570-02.csv`,
          csv: format === 'BANK_CSV' ? '\uFEFFเลขที่บัญชี,ชื่อบัญชี,จำนวนเงิน\r\n1234567890,นางสมศรี ใจดี,700.00\r\n' : '',
          pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
          rows: [{ __typename: 'PaymentExportRow', nationalId: '1101700203484', title: 'นาง', firstName: 'สมศรี', lastName: 'ใจดี', allowanceType: 'ELDERLY', paymentMethod: 'BANK_TRANSFER', bankAccount: '1234567890', amount: 700 }],
        },
      }),
    },
  });
}

describe('the month’s payment list', () => {
  it('names the fiscal month in Thai, totals what is paid by type, and follows the month chosen', async () => {
    const { api, user } = setup();
    expect(await screen.findByRole('heading', { level: 1, name: 'รายการจ่ายเบี้ยยังชีพ เดือนพฤศจิกายน 2569' })).toBeInTheDocument();
    expect(screen.getByText(/กำหนดจ่ายภายในวันที่ 10 พฤศจิกายน 2569/)).toBeInTheDocument();
    expect(screen.getByTestId('pay-count')).toHaveTextContent('4 ราย');
    expect(screen.getByTestId('pay-total')).toHaveTextContent('3,000 บาท');
    const elderly = screen.getByText('เบี้ยยังชีพผู้สูงอายุ', { selector: 'dt' }).closest('div')!;
    expect(elderly).toHaveTextContent('2 ราย');
    expect(elderly).toHaveTextContent('1,700 บาท');
    const footer = screen.getByRole('rowheader', { name: 'รวม 4 ราย' }).closest('tr')!;
    expect(within(footer).getByText('3,000')).toBeInTheDocument();
    expect(screen.getAllByRole('row')).toHaveLength(1 + rows.length + 1);

    // Month 1 is October: the list starts the fiscal year.
    const month = screen.getByLabelText('เดือน');
    expect(within(month).getAllByRole('option').map((o) => o.textContent)).toEqual([
      'ตุลาคม 2569',
      'พฤศจิกายน 2569',
      'ธันวาคม 2569',
      'มกราคม 2570',
      'กุมภาพันธ์ 2570',
      'มีนาคม 2570',
      'เมษายน 2570',
      'พฤษภาคม 2570',
      'มิถุนายน 2570',
      'กรกฎาคม 2570',
      'สิงหาคม 2570',
      'กันยายน 2570',
    ]);
    await user.selectOptions(month, 'ธันวาคม 2569');
    await waitFor(() => expect(api.calls.filter((c) => c.operation === 'WelfarePaymentList').at(-1)?.variables).toEqual({ laoCode: LAO, fiscalYear: 2570, month: 3, first: 2000 }));
  });

  it('downloads the bank file as the API wrote it, and says the export is recorded', async () => {
    const created: Blob[] = [];
    URL.createObjectURL = jest.fn((blob: Blob) => {
      created.push(blob);
      return 'blob:welfare';
    });
    URL.revokeObjectURL = jest.fn();
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const { api, user } = setup();
    expect(await screen.findByText(/การส่งออกทุกครั้งถูกบันทึกในประวัติการใช้งาน/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /ไฟล์โอนเงินธนาคาร \(CSV\)/ }));
    expect(await screen.findByText(`ส่งออกไฟล์ welfare-transfer-${LAO}-2570-02.csv แล้ว (1 ราย) และบันทึกในประวัติการใช้งานแล้ว`)).toBeInTheDocument();
    expect(api.calls.find((c) => c.operation === 'ExportWelfarePaymentList')?.variables).toEqual({ laoCode: LAO, fiscalYear: 2570, month: 2, format: 'BANK_CSV', first: 5000, after: null });
    expect(click).toHaveBeenCalled();
    const text = await new Promise<string>((done) => {
      const reader = new FileReader();
      reader.onload = () => done(String(reader.result));
      reader.readAsText(created[0]!);
    });
    expect(text).toContain('1234567890,นางสมศรี ใจดี,700.00');
    expect(created[0]!.type).toBe('text/csv;charset=utf-8');
    click.mockRestore();
  });

  it('shows a province officer the masked list and offers no personal export', async () => {
    setup('PROVINCE');
    expect(await screen.findByRole('rowheader', { name: 'นางส… ใ…' })).toBeInTheDocument();
    expect(screen.queryByText('นางสมศรี ใจดี')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: /ส่งออก Excel/ })).toBeDisabled();
    expect(screen.getByRole('button', { name: /ไฟล์โอนเงินธนาคาร/ })).toBeDisabled();
    expect(screen.getByText('การส่งออกรายชื่อต้องมีสิทธิ์ดูข้อมูลส่วนบุคคล')).toBeInTheDocument();
  });

  it('reads a large month a page at a time: the whole month counted, the next page read on, the export joined from its pages', async () => {
    const created: Blob[] = [];
    URL.createObjectURL = jest.fn((blob: Blob) => {
      created.push(blob);
      return 'blob:welfare';
    });
    URL.revokeObjectURL = jest.fn();
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const pageOf = (after: string | null) => {
      const from = after === 'c2' ? 2 : 0;
      return rows.slice(from, from + 2).map((r) => ({ __typename: 'PaymentRow', amount: r.amount, beneficiary: beneficiary({ ...r.person, masked: false }) }));
    };
    const { api, user } = renderPage(<PaymentsPage />, {
      route: `/welfare/lao/${LAO}/payments?year=2570&month=2`,
      path: '/welfare/lao/:laoCode/payments',
      handlers: {
        WelfareLao: () => ({ localAuthority: place() }),
        WelfarePaymentList: ({ after }) => ({
          welfarePaymentList: {
            __typename: 'PaymentList',
            laoCode: LAO,
            fiscalYear: 2570,
            month: 2,
            monthStart: '2026-11-01',
            count: 4,
            total: 3000,
            byType: BY_TYPE,
            pageInfo: { __typename: 'PageInfo', hasNextPage: after !== 'c2', endCursor: after === 'c2' ? 'c4' : 'c2' },
            rows: pageOf((after as string | null) ?? null),
          },
        }),
        ExportWelfarePaymentList: ({ after }) => ({
          exportWelfarePaymentList: {
            __typename: 'PaymentExport',
            fileName: `welfare-transfer-${LAO}-2570-02.csv`,
            csv: after ? '2222222222,นายบุญมา ดีใจ,1000.00\r\n' : '\uFEFFเลขที่บัญชี,ชื่อบัญชี,จำนวนเงิน\r\n1234567890,นางสมศรี ใจดี,700.00\r\n',
            pageInfo: { __typename: 'PageInfo', hasNextPage: !after, endCursor: after ? null : 'e1' },
            rows: [{ __typename: 'PaymentExportRow', nationalId: '1101700203484', title: 'นาง', firstName: 'สมศรี', lastName: 'ใจดี', allowanceType: 'ELDERLY', paymentMethod: 'BANK_TRANSFER', bankAccount: '1234567890', amount: 700 }],
          },
        }),
      },
    });
    expect(await screen.findByTestId('pay-count')).toHaveTextContent('4 ราย');
    // The tiles are the whole month's as the API counts them, not the page's two rows.
    const disabled = screen.getByText('เบี้ยความพิการ', { selector: 'dt' }).closest('div')!;
    expect(disabled).toHaveTextContent('1 ราย');
    expect(disabled).toHaveTextContent('800 บาท');
    expect(screen.getAllByRole('row')).toHaveLength(1 + 2 + 1);
    await user.click(screen.getByRole('button', { name: 'แสดงเพิ่ม (แสดงแล้ว 2 จาก 4 ราย)' }));
    await waitFor(() => expect(screen.getAllByRole('row')).toHaveLength(1 + 4 + 1));
    expect(api.calls.filter((c) => c.operation === 'WelfarePaymentList').at(-1)?.variables).toMatchObject({ after: 'c2' });
    expect(screen.queryByRole('button', { name: /แสดงเพิ่ม/ })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: /ไฟล์โอนเงินธนาคาร \(CSV\)/ }));
    expect(await screen.findByText(`ส่งออกไฟล์ welfare-transfer-${LAO}-2570-02.csv แล้ว (2 ราย) และบันทึกในประวัติการใช้งานแล้ว`)).toBeInTheDocument();
    expect(api.calls.filter((c) => c.operation === 'ExportWelfarePaymentList').map((c) => c.variables.after)).toEqual([null, 'e1']);
    const text = await new Promise<string>((done) => {
      const reader = new FileReader();
      reader.onload = () => done(String(reader.result));
      reader.readAsText(created[0]!);
    });
    // FileReader drops the BOM as it decodes: the header is the first page's, once.
    expect(text.split('\r\n')).toEqual(['เลขที่บัญชี,ชื่อบัญชี,จำนวนเงิน', '1234567890,นางสมศรี ใจดี,700.00', '2222222222,นายบุญมา ดีใจ,1000.00', '']);
    click.mockRestore();
  });
});
