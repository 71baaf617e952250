import { CERTIFICATION_ACTIONS, type CertificationAction, type CertificationStatus } from '@lao/domain';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithApp } from '../../test/render';
import { formatDateTimeBE } from '../../ui/dates';
import { CertificationPanel, type PanelSubmission } from './CertificationPanel';
import type { MissingSection } from './missing';
import type { ActionResult, LaoAction } from './panelWords';

const fmt = (at: string) => formatDateTimeBE(at);

function submission(overrides: Partial<PanelSubmission> = {}): PanelSubmission {
  return {
    status: 'DRAFT',
    complete: false,
    editable: false,
    allowedActions: [],
    laoCertifiedAt: null,
    provinceCertifiedAt: null,
    history: [],
    windowOpen: true,
    opensAt: '2026-10-01T00:00:00Z',
    closesAt: '2027-06-15T16:59:59Z',
    ...overrides,
  };
}

function setup(overrides: Partial<PanelSubmission> = {}, { missing = [] as MissingSection[], result = { ok: true } as ActionResult } = {}) {
  const onAction = jest.fn<Promise<ActionResult>, [LaoAction, string?]>().mockResolvedValue(result);
  const onGoToSection = jest.fn<void, [string]>();
  const user = userEvent.setup();
  renderWithApp(
    <CertificationPanel
      submission={submission(overrides)}
      laoName="เทศบาลตำบลตัวอย่าง"
      fiscalYear={2570}
      missing={missing}
      onAction={onAction}
      onGoToSection={onGoToSection}
      provinceHref="/info/province/74"
      formatTime={fmt}
    />,
  );
  return { onAction, onGoToSection, user };
}

const buttons = () => screen.queryAllByRole('button').map((b) => b.textContent);

describe('CertificationPanel (the kit’s, for every module)', () => {
  it.each<[string, CertificationStatus, CertificationAction[], boolean, string[]]>([
    ['nothing for a viewer', 'LAO_CERTIFIED', [], false, []],
    ['certify when the API allows it', 'DRAFT', ['CERTIFY'], true, ['รับรองข้อมูล']],
    ['withdraw only, for the LAO that certified', 'LAO_CERTIFIED', ['WITHDRAW'], false, ['ยกเลิกการรับรองข้อมูล']],
    ['return and reopen for the department', 'PROVINCE_CERTIFIED', ['RETURN', 'REOPEN'], false, ['ส่งคืนให้ อปท. แก้ไข', 'เปิดให้แก้ไขอีกครั้ง']],
    ['never the province’s certify-all per LAO', 'LAO_CERTIFIED', [...CERTIFICATION_ACTIONS].filter((a) => a !== 'CERTIFY'), false, ['ยกเลิกการรับรองข้อมูล', 'ส่งคืนให้ อปท. แก้ไข', 'เปิดให้แก้ไขอีกครั้ง']],
  ])('offers only what allowedActions lists: %s', (_name, status, allowedActions, complete, expected) => {
    setup({ status, allowedActions, complete });
    expect(buttons()).toEqual(expected);
  });

  it('offers "certify" on an incomplete draft the caller may edit, and lists what is missing instead of certifying', async () => {
    const missing: MissingSection[] = [{ section: 'S2', label: 'ส่วนที่ 2', items: [{ code: 'A1', label: 'จำนวนรถดับเพลิง' }] }];
    const { user, onAction, onGoToSection } = setup({ editable: true }, { missing });
    const certify = screen.getByRole('button', { name: 'รับรองข้อมูล' });
    expect(certify).toHaveAccessibleDescription('ยังขาดข้อมูล 1 รายการ ใน 1 ด้าน');
    await user.click(certify);
    const popup = screen.getByRole('alertdialog', { name: 'กรุณากรอกข้อมูลให้ครบก่อนทำการรับรองข้อมูล' });
    expect(popup).toHaveTextContent('ส่วนที่ 2');
    expect(popup).toHaveTextContent('จำนวนรถดับเพลิง');
    expect(within(popup).getByRole('button', { name: 'ตกลง' })).toHaveFocus();
    await user.click(within(popup).getByRole('button', { name: 'ไปกรอกส่วนที่ 2' }));
    expect(onGoToSection).toHaveBeenCalledWith('S2');
    expect(onAction).not.toHaveBeenCalled();
  });

  it('says who certified and when, and the window as the API answers it', () => {
    setup({
      status: 'PROVINCE_CERTIFIED',
      complete: true,
      laoCertifiedAt: '2027-05-01T03:00:00Z',
      provinceCertifiedAt: '2027-05-20T03:00:00Z',
      history: [
        { action: 'CERTIFY', actor: 'lao.7400101', at: '2027-05-01T03:00:00Z', comment: null },
        { action: 'CERTIFY_PROVINCE', actor: 'prov.74', at: '2027-05-20T03:00:00Z', comment: null },
      ],
    });
    const value = (label: string) => screen.getByText(label, { selector: 'dt' }).nextElementSibling;
    expect(value('สถานะปีงบประมาณ 2570')).toHaveTextContent('จังหวัดรับรองข้อมูลแล้ว');
    expect(value('อปท. รับรองข้อมูลเมื่อ')).toHaveTextContent('01/05/2570 10:00:00โดย lao.7400101');
    expect(value('จังหวัดรับรองข้อมูลเมื่อ')).toHaveTextContent('20/05/2570 10:00:00โดย prov.74');
    expect(value('ช่วงเวลาบันทึกและรับรองข้อมูล')).toHaveTextContent('เปิดให้บันทึกถึง 15/06/2570 23:59:59');
  });

  it('shows the window closed, or opening later, from windowOpen / closesAt / opensAt', () => {
    const { unmount } = renderWithApp(
      <CertificationPanel submission={submission({ windowOpen: false, closesAt: '2020-06-15T16:59:59Z', opensAt: '2020-01-01T00:00:00Z' })} laoName="x" fiscalYear={2563} missing={[]} onAction={jest.fn()} onGoToSection={jest.fn()} formatTime={fmt} />,
    );
    expect(screen.getByText('ปิดรับข้อมูลแล้วตั้งแต่ 15/06/2563 23:59:59')).toBeInTheDocument();
    unmount();
    renderWithApp(
      <CertificationPanel submission={submission({ windowOpen: false, opensAt: '2999-05-15T01:00:00Z', closesAt: '2999-06-15T16:59:59Z' })} laoName="x" fiscalYear={2570} missing={[]} onAction={jest.fn()} onGoToSection={jest.fn()} formatTime={fmt} />,
    );
    expect(screen.getByText('เปิดให้บันทึกวันที่ 15/05/3542 08:00:00')).toBeInTheDocument();
  });

  it('shows at the top who returned the data, when and why, and not once it is certified again', () => {
    const returned = { action: 'RETURN' as const, actor: 'prov.74', at: '2027-05-02T03:00:00Z', comment: 'จำนวนรถดับเพลิงไม่ตรงกับทะเบียน' };
    const earlier = [
      { action: 'CERTIFY' as const, actor: 'lao.7400101', at: '2027-05-01T03:00:00Z', comment: null },
      returned,
    ];
    const { unmount, container } = renderWithApp(
      <CertificationPanel submission={submission({ history: earlier })} laoName="x" fiscalYear={2570} missing={[]} onAction={jest.fn()} onGoToSection={jest.fn()} formatTime={fmt} />,
    );
    const banner = screen.getByRole('region', { name: 'ข้อมูลถูกส่งคืนให้แก้ไข' });
    const fact = (label: string) => within(banner).getByText(label, { selector: 'dt' }).nextElementSibling;
    expect(fact('ส่งคืนโดย')).toHaveTextContent('prov.74');
    expect(fact('เมื่อ')).toHaveTextContent('02/05/2570 10:00:00');
    expect(fact('เหตุผล')).toHaveTextContent('จำนวนรถดับเพลิงไม่ตรงกับทะเบียน');
    // Above the status, where a returned draft would otherwise look like a fresh one.
    expect(container.querySelector('.cert-panel')?.firstElementChild).toBe(banner);
    unmount();
    renderWithApp(
      <CertificationPanel
        submission={submission({ status: 'LAO_CERTIFIED', history: [...earlier, { action: 'CERTIFY', actor: 'lao.1', at: '2027-05-03T03:00:00Z', comment: null }] })}
        laoName="x"
        fiscalYear={2570}
        missing={[]}
        onAction={jest.fn()}
        onGoToSection={jest.fn()}
        formatTime={fmt}
      />,
    );
    expect(screen.queryByRole('region')).not.toBeInTheDocument();
  });

  it('says the reopening the same way, by whom', () => {
    renderWithApp(
      <CertificationPanel
        submission={submission({ history: [{ action: 'REOPEN', actor: 'admin', at: '2027-07-02T03:00:00Z', comment: 'แก้ไขงบประมาณ' }] })}
        laoName="x"
        fiscalYear={2570}
        missing={[]}
        onAction={jest.fn()}
        onGoToSection={jest.fn()}
        formatTime={fmt}
      />,
    );
    const banner = screen.getByRole('region', { name: 'ข้อมูลถูกเปิดให้แก้ไขอีกครั้ง' });
    expect(within(banner).getByText('เปิดให้แก้ไขโดย', { selector: 'dt' }).nextElementSibling).toHaveTextContent('admin');
    expect(within(banner).queryByText('แก้ไขและรับรองได้ถึง')).not.toBeInTheDocument();
  });

  it('says until when the LAO may certify again when the department sent back a closed year', () => {
    const history = [{ action: 'RETURN' as const, actor: 'admin', at: '2027-10-02T03:00:00Z', comment: 'ยอดรวมผิด', windowReopenedUntil: '2027-10-16T03:00:00Z' }];
    renderWithApp(
      <CertificationPanel submission={submission({ history })} laoName="x" fiscalYear={2570} missing={[]} onAction={jest.fn()} onGoToSection={jest.fn()} formatTime={fmt} />,
    );
    const banner = screen.getByRole('region', { name: 'ข้อมูลถูกส่งคืนให้แก้ไข' });
    expect(within(banner).getByText('แก้ไขและรับรองได้ถึง', { selector: 'dt' }).nextElementSibling).toHaveTextContent('16/10/2570 10:00:00');
  });

  it('shows the deadline from the API’s closesAt, with the days left while open, or that it has passed', () => {
    const deadline = () => screen.getByText('กำหนดส่งข้อมูล', { selector: 'dt' }).nextElementSibling;
    const { unmount } = renderWithApp(
      <CertificationPanel submission={submission({ windowOpen: true, closesAt: '2999-06-15T16:59:59Z' })} laoName="x" fiscalYear={2570} missing={[]} onAction={jest.fn()} onGoToSection={jest.fn()} formatTime={fmt} />,
    );
    expect(deadline()).toHaveTextContent(/^15\/06\/3542 23:59:59เหลืออีก \d+ วัน$/);
    unmount();
    const { unmount: again } = renderWithApp(
      <CertificationPanel submission={submission({ windowOpen: false, closesAt: '2020-06-15T16:59:59Z' })} laoName="x" fiscalYear={2563} missing={[]} onAction={jest.fn()} onGoToSection={jest.fn()} formatTime={fmt} />,
    );
    expect(deadline()).toHaveTextContent('15/06/2563 23:59:59พ้นกำหนดแล้ว');
    again();
    renderWithApp(
      <CertificationPanel submission={submission({ windowOpen: null, closesAt: null, opensAt: null })} laoName="x" fiscalYear={2570} missing={[]} onAction={jest.fn()} onGoToSection={jest.fn()} formatTime={fmt} />,
    );
    expect(screen.queryByText('กำหนดส่งข้อมูล')).not.toBeInTheDocument();
  });

  it('withdraws after a confirmation and says so', async () => {
    const { user, onAction } = setup({ status: 'LAO_CERTIFIED', complete: true, allowedActions: ['WITHDRAW'] });
    await user.click(screen.getByRole('button', { name: 'ยกเลิกการรับรองข้อมูล' }));
    await user.click(within(screen.getByRole('dialog', { name: 'ยืนยันการยกเลิกการรับรองข้อมูล' })).getByRole('button', { name: 'ยืนยันยกเลิกการรับรอง' }));
    await waitFor(() => expect(onAction).toHaveBeenCalledWith('WITHDRAW', undefined));
    expect(await screen.findByRole('status')).toHaveTextContent('ยกเลิกการรับรองข้อมูลเรียบร้อยแล้ว');
  });
});
