import type { CertificationAction, CertificationStatus } from '@lao/domain';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useI18n } from '../../i18n';
import { renderWithApp } from '../../test/render';
import { CertificationPanel, type PanelSubmission } from '../certification/CertificationPanel';
import { missingFromProblem } from '../certification/missing';
import type { ActionResult, LaoAction } from '../certification/panelWords';
import { SideNav, type SideState } from './SideNav';
import { ESERVICE_PANEL_WORDS, formatSurveyTime, surveyMissing } from './surveyCertification';

const TITLES = [
  'งานบริการที่เกี่ยวข้องกับคุณภาพชีวิตประชาชน',
  'งานบริการที่เกี่ยวข้องกับเศรษฐกิจ',
  'สาธารณสุขและสิ่งแวดล้อม',
  'งานบริการที่เกี่ยวข้องกับโครงสร้างพื้นฐาน',
  'ด้านการร้องเรียนเกี่ยวกับหน่วยงาน อปท.',
  'งานบริการอื่น ๆ เพิ่มเติม นอกเหนือจากด้านที่ 1 – 5',
];

function sides(complete: number[], partial: Record<number, number> = {}): SideState[] {
  return TITLES.map((title, i) => {
    const side = i + 1;
    const done = complete.includes(side);
    return {
      side,
      title,
      complete: done,
      savedAt: done || side in partial ? '2026-11-20T09:00:00Z' : null,
      unanswered: partial[side] ?? 0,
      total: 8,
    };
  });
}

interface Props {
  status?: CertificationStatus;
  allowedActions?: CertificationAction[];
  sides?: SideState[];
  /** The API's `editable` (an LAO's own draft in an open window). */
  editable?: boolean;
  laoCertifiedAt?: string | null;
}

/** The kit's panel as the survey page configures it: the incomplete sides, the manual's words and times. */
function SurveyPanel({ status = 'DRAFT', allowedActions = [], sides: list = sides([1, 3, 4, 6], { 2: 3 }), editable = true, laoCertifiedAt = null, onAction, onGoToSide, onIncomplete }: Props & {
  onAction: (action: LaoAction, reason?: string) => Promise<ActionResult>;
  onGoToSide: (side: number) => void;
  onIncomplete: (sides: number[]) => void;
}) {
  const { t } = useI18n();
  const submission: PanelSubmission = { status, complete: list.every((s) => s.complete), editable, allowedActions, laoCertifiedAt, history: [] };
  return (
    <CertificationPanel
      submission={submission}
      laoName="เทศบาลตำบลบางใหญ่"
      fiscalYear={2570}
      missing={surveyMissing(list, t)}
      onAction={onAction}
      onGoToSection={(s) => onGoToSide(Number(s))}
      onMissing={(s) => onIncomplete(s.map(Number))}
      words={ESERVICE_PANEL_WORDS}
      formatTime={formatSurveyTime}
    />
  );
}

function setup(props: Props = {}, certifyResult: ActionResult = { ok: true }) {
  const onAction = jest.fn<Promise<ActionResult>, [LaoAction, string?]>().mockImplementation(async (action) => (action === 'CERTIFY' ? certifyResult : { ok: true }));
  const onGoToSide = jest.fn();
  const onIncomplete = jest.fn();
  const user = userEvent.setup();
  renderWithApp(<SurveyPanel {...props} onAction={onAction} onGoToSide={onGoToSide} onIncomplete={onIncomplete} />);
  const onCertify = { get calls() { return onAction.mock.calls.filter(([a]) => a === 'CERTIFY'); } };
  return { onCertify, onAction, onGoToSide, onIncomplete, user };
}

describe('the survey’s certification (the kit’s panel, the manual’s words)', () => {
  it('lists the incomplete sides in the popup instead of certifying', async () => {
    const { user, onCertify, onIncomplete, onGoToSide } = setup();
    await user.click(screen.getByRole('button', { name: 'รับรองข้อมูลและส่งจังหวัด' }));

    const popup = screen.getByRole('alertdialog', { name: 'กรุณากรอกข้อมูลให้ครบก่อนทำการรับรองข้อมูล' });
    const listed = within(popup).getAllByRole('listitem');
    expect(listed).toHaveLength(2);
    expect(listed[0]).toHaveTextContent('ด้านที่ 2 งานบริการที่เกี่ยวข้องกับเศรษฐกิจ');
    expect(listed[0]).toHaveTextContent('ยังไม่ได้ตอบ 3 รายการ');
    expect(listed[1]).toHaveTextContent('ด้านที่ 5 ด้านการร้องเรียนเกี่ยวกับหน่วยงาน อปท.');
    expect(listed[1]).toHaveTextContent('ยังไม่ได้บันทึก');
    expect(popup).not.toHaveTextContent('ด้านที่ 1 ');
    expect(popup).toHaveAccessibleDescription(/ด้านที่ 2/);
    expect(onIncomplete).toHaveBeenCalledWith([2, 5]);
    expect(onCertify.calls).toHaveLength(0);

    await user.click(within(popup).getByRole('button', { name: 'ไปที่ด้านที่ 5' }));
    expect(onGoToSide).toHaveBeenCalledWith(5);
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
  });

  it('confirms, then certifies a complete survey and says so', async () => {
    const { user, onCertify } = setup({ sides: sides([1, 2, 3, 4, 5, 6]), allowedActions: ['CERTIFY'] });
    await user.click(screen.getByRole('button', { name: 'รับรองข้อมูลและส่งจังหวัด' }));
    const confirm = screen.getByRole('dialog', { name: 'รับรองข้อมูลและส่งจังหวัด' });
    expect(confirm).toHaveTextContent('เทศบาลตำบลบางใหญ่ ปีงบประมาณ 2570');
    expect(onCertify.calls).toHaveLength(0);
    await user.click(within(confirm).getByRole('button', { name: 'รับรองข้อมูล' }));
    await waitFor(() => expect(onCertify.calls).toHaveLength(1));
    expect(await screen.findByRole('status')).toHaveTextContent('รับรองข้อมูลและส่งจังหวัดเรียบร้อยแล้ว');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('shows the sides the server still finds incomplete', async () => {
    const { user, onIncomplete } = setup(
      { sides: sides([1, 2, 3, 4, 5, 6]), allowedActions: ['CERTIFY'] },
      {
        ok: false,
        message: 'กรุณากรอกข้อมูลให้ครบก่อนทำการรับรองข้อมูล (ด้านที่ยังไม่ครบ: 6)',
        // INCOMPLETE as the API sends it for the survey, read by the kit's one helper.
        missing: missingFromProblem(
          {
            code: 'INCOMPLETE',
            extensions: {
              incompleteSides: [6],
              missing: [{ section: '6', labelTh: 'ด้านที่ 6 งานบริการอื่น ๆ เพิ่มเติม นอกเหนือจากด้านที่ 1 – 5', labelEn: 'Side 6', items: [] }],
            },
          },
          'th',
        ),
      },
    );
    await user.click(screen.getByRole('button', { name: 'รับรองข้อมูลและส่งจังหวัด' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'รับรองข้อมูล' }));
    const popup = await screen.findByRole('alertdialog');
    expect(within(popup).getAllByRole('listitem')).toHaveLength(1);
    expect(popup).toHaveTextContent('ด้านที่ 6 งานบริการอื่น ๆ เพิ่มเติม');
    expect(onIncomplete).toHaveBeenLastCalledWith([6]);
  });

  it('offers only what the API allows: withdraw for a certified LAO, return with a reason for the province', async () => {
    const withdraw: CertificationAction[] = ['WITHDRAW'];
    const { unmount } = renderWithApp(
      <SurveyPanel status="LAO_CERTIFIED" allowedActions={withdraw} sides={sides([1, 2, 3, 4, 5, 6])} editable={false} onAction={jest.fn()} onGoToSide={jest.fn()} onIncomplete={jest.fn()} />,
    );
    expect(screen.queryByRole('button', { name: 'รับรองข้อมูลและส่งจังหวัด' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'ยกเลิกการรับรองข้อมูล' })).toBeInTheDocument();
    unmount();

    const { user, onAction } = setup({ status: 'LAO_CERTIFIED', allowedActions: ['RETURN'], sides: sides([1, 2, 3, 4, 5, 6]), editable: false });
    expect(screen.queryByRole('button', { name: 'รับรองข้อมูลและส่งจังหวัด' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'ส่งคืนให้ อปท. แก้ไข' }));
    const dialog = screen.getByRole('dialog', { name: 'ส่งคืนให้ อปท. แก้ไข' });
    await user.click(within(dialog).getByRole('button', { name: 'ส่งคืนให้ อปท. แก้ไข' }));
    expect(await within(dialog).findByText('กรุณาระบุเหตุผล')).toBeInTheDocument();
    expect(onAction).not.toHaveBeenCalled();
    await user.type(within(dialog).getByRole('textbox', { name: 'เหตุผล' }), 'ด้านที่ 2 จำนวนผู้ใช้บริการไม่ถูกต้อง');
    await user.click(within(dialog).getByRole('button', { name: 'ส่งคืนให้ อปท. แก้ไข' }));
    await waitFor(() => expect(onAction).toHaveBeenCalledWith('RETURN', 'ด้านที่ 2 จำนวนผู้ใช้บริการไม่ถูกต้อง'));
  });
});

describe('SideNav', () => {
  it('names each side with its state and marks incomplete ones with the red icon', async () => {
    const onSelect = jest.fn();
    const user = userEvent.setup();
    renderWithApp(<SideNav sides={sides([1], { 2: 3 })} current={2} flagged={new Set([2])} onSelect={onSelect} />);
    const nav = screen.getByRole('navigation', { name: 'ด้านของแบบสำรวจ' });
    const first = within(nav).getByRole('button', { name: /^ด้านที่ 1 / });
    const second = within(nav).getByRole('button', { name: /^ด้านที่ 2 / });
    expect(first).toHaveAccessibleName(/กรอกครบแล้ว/);
    expect(first.querySelector('[data-status]')).toHaveAttribute('data-status', 'complete');
    expect(second).toHaveAccessibleName(/ยังกรอกไม่ครบ: ยังไม่ได้ตอบ 3 รายการ/);
    expect(second.querySelector('[data-status]')).toHaveAttribute('data-status', 'incomplete');
    expect(second).toHaveAttribute('aria-current', 'step');
    expect(second).toHaveClass('is-flagged');
    await user.click(within(nav).getByRole('button', { name: /^ด้านที่ 6 / }));
    expect(onSelect).toHaveBeenCalledWith(6);
  });
});

describe('the survey’s status', () => {
  it('says when the LAO certified, in the manual’s words with the one Buddhist-Era format of every module', () => {
    renderWithApp(
      <SurveyPanel status="LAO_CERTIFIED" laoCertifiedAt="2022-11-07T09:29:30Z" sides={sides([1, 2, 3, 4, 5, 6])} editable={false} onAction={jest.fn()} onGoToSide={jest.fn()} onIncomplete={jest.fn()} />,
    );
    expect(screen.getByText('สถานะการรับรองข้อมูลของ อปท.', { selector: 'dt' }).nextElementSibling).toHaveTextContent('อปท. รับรองข้อมูลแล้ว');
    expect(screen.getByText('อปท.รับรองข้อมูลแล้ว เมื่อ', { selector: 'dt' }).nextElementSibling).toHaveTextContent('7 พ.ย. 2565 16:29');
  });
});
