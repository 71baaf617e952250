import { CERTIFICATION_ACTIONS, INFO_DOMAINS, type CertificationAction, type CertificationStatus, type InfoDomain } from '@lao/domain';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithApp } from '../../test/render';
import { CertificationPanel } from '../certification/CertificationPanel';
import { missingFromProblem } from '../certification/missing';
import type { ActionResult, LaoAction } from '../certification/panelWords';
import { CATALOGUE, FIRE_TRUCKS, indicator } from '../catalogue/fixtures';
import { formatInfoTime, infoMissing } from './infoCertification';

const WATER_PLAN = indicator({ code: 'WM07', section: 'WATER_MANAGEMENT', labelTh: 'มีแผนบริหารจัดการน้ำของ อปท.', valueType: 'BOOLEAN', required: true });
const catalogue = [...CATALOGUE, WATER_PLAN];

function sections(missing: Partial<Record<InfoDomain, string[]>>) {
  return INFO_DOMAINS.map((domain) => ({ domain, missing: missing[domain] ?? [] }));
}

interface Options {
  status?: CertificationStatus;
  complete?: boolean;
  allowedActions?: CertificationAction[];
  missing?: Partial<Record<InfoDomain, string[]>>;
  /** The API's `editable` (an LAO's own draft in an open window). */
  editable?: boolean;
  result?: ActionResult;
}

/** The kit's panel as the INFO page configures it: INFO's missing indicators by label, INFO's times. */
function setup({ status = 'DRAFT', complete = false, allowedActions = [], missing = {}, editable = true, result = { ok: true } }: Options = {}) {
  const onAction = jest.fn<Promise<ActionResult>, [LaoAction, string?]>().mockResolvedValue(result);
  const onGoToDomain = jest.fn<void, [string]>();
  const user = userEvent.setup();
  renderWithApp(
    <CertificationPanel
      submission={{ status, complete, editable, allowedActions, history: [], windowOpen: true, closesAt: '2027-06-15T16:59:59Z', opensAt: null }}
      missing={infoMissing(sections(missing), catalogue, 'th')}
      laoName="องค์การบริหารส่วนตำบลตัวอย่าง"
      fiscalYear={2570}
      onAction={onAction}
      onGoToSection={onGoToDomain}
      provinceHref="/info/province/74"
      formatTime={formatInfoTime}
    />,
  );
  return { onAction, onGoToDomain, user };
}

/** The popup of what is missing (the same for every module). */
const popup = () => screen.getByRole('alertdialog', { name: 'กรุณากรอกข้อมูลให้ครบก่อนทำการรับรองข้อมูล' });

describe('INFO’s certification (the kit’s panel, INFO’s data)', () => {
  it('shows "รับรองข้อมูล" while incomplete and, clicked, lists exactly what is missing per domain by label', async () => {
    const { onAction, onGoToDomain, user } = setup({ missing: { DISASTER: ['DS03', 'DS07'], WATER_MANAGEMENT: ['WM07'] } });
    const certify = screen.getByRole('button', { name: 'รับรองข้อมูล' });
    expect(certify).toHaveAccessibleDescription('ยังขาดข้อมูล 3 รายการ ใน 2 ด้าน');
    expect(certify).toHaveAttribute('aria-haspopup', 'dialog');
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();

    await user.click(certify);
    const panel = popup();
    expect(panel).toHaveAccessibleDescription(/ส่วนที่ยังกรอกไม่ครบ/);
    const domains = within(panel).getAllByRole('listitem').filter((li) => li.parentElement?.classList.contains('missing-list'));
    expect(domains).toHaveLength(2);
    expect(domains[0]).toHaveTextContent(/^ด้านสาธารณภัย \(2 รายการ\)/);
    expect(within(domains[0]!).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'จำนวนรถดับเพลิง',
      'ประเภทสาธารณภัยที่เสี่ยงเกิดในพื้นที่',
    ]);
    expect(domains[1]).toHaveTextContent(/^ด้านการบริหารจัดการน้ำ \(1 รายการ\)/);
    expect(within(domains[1]!).getByText('มีแผนบริหารจัดการน้ำของ อปท.')).toBeInTheDocument();
    await waitFor(() => expect(within(panel).getByRole('button', { name: 'ตกลง' })).toHaveFocus());
    expect(onAction).not.toHaveBeenCalled();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();

    await user.click(within(panel).getByRole('button', { name: 'ไปกรอกด้านการบริหารจัดการน้ำ' }));
    expect(onGoToDomain).toHaveBeenCalledWith('WATER_MANAGEMENT');
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
  });

  it('certifies after a confirmation when the API allows CERTIFY, and says so', async () => {
    const { onAction, user } = setup({ complete: true, allowedActions: ['CERTIFY'] });
    expect(screen.getByText('เปิดให้บันทึกถึง 15 มิ.ย. 2570 23:59')).toBeInTheDocument();
    expect(screen.queryByText(/ยังขาดข้อมูล/)).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'รับรองข้อมูล' }));

    const dialog = screen.getByRole('dialog', { name: 'ยืนยันการรับรองข้อมูล' });
    expect(dialog).toHaveTextContent('ปีงบประมาณ 2570 ขององค์การบริหารส่วนตำบลตัวอย่าง');
    expect(within(dialog).getByRole('button', { name: 'ปิด' })).toHaveFocus();
    expect(onAction).not.toHaveBeenCalled();
    await user.click(within(dialog).getByRole('button', { name: 'ยืนยันการรับรองข้อมูล' }));

    await waitFor(() => expect(onAction).toHaveBeenCalledWith('CERTIFY', undefined));
    expect(await screen.findByRole('status')).toHaveTextContent('รับรองข้อมูลเรียบร้อยแล้ว');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('closes the confirmation without certifying', async () => {
    const { onAction, user } = setup({ complete: true, allowedActions: ['CERTIFY'] });
    await user.click(screen.getByRole('button', { name: 'รับรองข้อมูล' }));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'รับรองข้อมูล' })).toHaveFocus();
    expect(onAction).not.toHaveBeenCalled();
  });

  it('shows the server’s list when it refuses as INCOMPLETE (a value was emptied meanwhile)', async () => {
    // INCOMPLETE's extensions as the API sends them for INFO, read by the kit's one helper.
    const extensions = {
      code: 'INCOMPLETE',
      missing: [
        {
          section: 'DISASTER',
          labelTh: 'ด้านสาธารณภัย',
          labelEn: 'Disasters',
          items: [{ code: 'DS01', labelTh: 'มีแผนป้องกันและบรรเทาสาธารณภัยของ อปท.', labelEn: 'Plan' }],
          domain: 'DISASTER',
          indicatorCodes: ['DS01'],
        },
      ],
    };
    const { user } = setup({
      complete: true,
      allowedActions: ['CERTIFY'],
      result: { ok: false, code: 'INCOMPLETE', message: 'ยังขาดข้อมูล', missing: missingFromProblem({ code: 'INCOMPLETE', extensions }, 'th') },
    });
    await user.click(screen.getByRole('button', { name: 'รับรองข้อมูล' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'ยืนยันการรับรองข้อมูล' }));
    const panel = await screen.findByRole('alertdialog', { name: 'กรุณากรอกข้อมูลให้ครบก่อนทำการรับรองข้อมูล' });
    expect(panel).toHaveTextContent('ด้านสาธารณภัย');
    expect(panel).toHaveTextContent('มีแผนป้องกันและบรรเทาสาธารณภัยของ อปท.');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('keeps the dialog open with the server’s message when an action is refused', async () => {
    const { user } = setup({ status: 'LAO_CERTIFIED', complete: true, allowedActions: ['WITHDRAW'], editable: false, result: { ok: false, message: 'สถานะการรับรองข้อมูลเปลี่ยนไปแล้ว' } });
    await user.click(screen.getByRole('button', { name: 'ยกเลิกการรับรองข้อมูล' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'ยืนยันยกเลิกการรับรอง' }));
    expect(await within(screen.getByRole('dialog')).findByRole('alert')).toHaveTextContent('สถานะการรับรองข้อมูลเปลี่ยนไปแล้ว');
  });

  it('offers exactly the actions the API allows, never CERTIFY_PROVINCE per LAO', () => {
    setup({ status: 'LAO_CERTIFIED', complete: true, allowedActions: [...CERTIFICATION_ACTIONS].filter((a) => a !== 'CERTIFY'), editable: false });
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual(['ยกเลิกการรับรองข้อมูล', 'ส่งคืนให้ อปท. แก้ไข', 'เปิดให้แก้ไขอีกครั้ง']);
    expect(screen.queryByRole('button', { name: /จังหวัดรับรองข้อมูล/ })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'ไปหน้าการรับรองข้อมูลของจังหวัด' })).toHaveAttribute('href', '/info/province/74');
  });

  it('offers nothing to someone who may not act (a province user on a draft)', () => {
    setup({ status: 'DRAFT', allowedActions: [], editable: false, missing: { DISASTER: ['DS03'] } });
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  it('returns to the LAO only with a reason', async () => {
    const { onAction, user } = setup({ status: 'LAO_CERTIFIED', complete: true, allowedActions: ['RETURN'], editable: false });
    await user.click(screen.getByRole('button', { name: 'ส่งคืนให้ อปท. แก้ไข' }));
    const dialog = screen.getByRole('dialog', { name: 'ส่งคืนให้ อปท. แก้ไข' });
    const reason = within(dialog).getByLabelText('เหตุผล');
    expect(reason).toHaveFocus();
    await user.click(within(dialog).getByRole('button', { name: 'ยืนยันส่งคืน' }));
    expect(await within(dialog).findByText('กรุณาระบุเหตุผล')).toBeInTheDocument();
    expect(reason).toHaveAttribute('aria-invalid', 'true');
    expect(onAction).not.toHaveBeenCalled();

    await user.type(reason, '  จำนวนรถดับเพลิงไม่ตรงกับทะเบียนครุภัณฑ์  ');
    await user.click(within(dialog).getByRole('button', { name: 'ยืนยันส่งคืน' }));
    await waitFor(() => expect(onAction).toHaveBeenCalledWith('RETURN', 'จำนวนรถดับเพลิงไม่ตรงกับทะเบียนครุภัณฑ์'));
    expect(await screen.findByRole('status')).toHaveTextContent('ส่งคืนให้ อปท. แก้ไขเรียบร้อยแล้ว');
  });
});

describe('infoMissing', () => {
  it('names what is missing by label, per domain, skipping complete ones', () => {
    const missing = infoMissing(
      [
        { domain: 'PUBLIC_HEALTH_ENVIRONMENT', missing: [] },
        { domain: 'DISASTER', missing: [FIRE_TRUCKS.code, 'XX99'] },
      ],
      CATALOGUE,
      'th',
    );
    expect(missing).toEqual([
      {
        section: 'DISASTER',
        label: 'ด้านสาธารณภัย',
        items: [
          { code: 'DS03', label: 'จำนวนรถดับเพลิง' },
          { code: 'XX99', label: 'XX99' },
        ],
      },
    ]);
  });
});
