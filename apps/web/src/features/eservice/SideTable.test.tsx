import { MESSAGES, type EServiceAnswer } from '@lao/domain';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithApp } from '../../test/render';
import { groups, ID, item, items } from './sideFixtures';
import { SideTable, type AddItemResult, type DeleteItemResult, type SaveSideResult, type SideTableProps } from './SideTable';

function setup(overrides: Partial<SideTableProps> = {}, saveResult?: SaveSideResult) {
  const onSave = jest.fn<Promise<SaveSideResult>, [EServiceAnswer[]]>().mockImplementation(async (answers) =>
    saveResult ?? {
      ok: true,
      complete: false,
      items: items.map((i) => {
        const a = answers.find((x) => x.itemId === i.id);
        return a ? { ...i, ...a } : i;
      }),
    },
  );
  const onAddItem = jest.fn<Promise<AddItemResult>, [string | null, string]>();
  const onDeleteItem = jest.fn<Promise<DeleteItemResult>, [string]>().mockResolvedValue({ ok: true });
  const onNext = jest.fn();
  const user = userEvent.setup();
  renderWithApp(
    <SideTable
      side={1}
      title="งานบริการที่เกี่ยวข้องกับคุณภาพชีวิตประชาชน"
      groups={groups}
      items={items}
      readOnly={false}
      saved={false}
      isLast={false}
      onSave={onSave}
      onAddItem={onAddItem}
      onDeleteItem={onDeleteItem}
      onNext={onNext}
      {...overrides}
    />,
  );
  return { onSave, onAddItem, onDeleteItem, onNext, user };
}

/** The table row of an item: its accessible name is the item's name. */
const row = (name: string) => screen.getByRole('row', { name });
const radio = (name: string, label: string) => within(row(name)).getByRole('radio', { name: label });
const checkbox = (name: string, label: string) => within(row(name)).getByRole('checkbox', { name: label });

function describedByText(element: HTMLElement): string {
  return (element.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');
}

const GRANT = items[0]!.nameTh;
const SCHOOL = items[1]!.nameTh;
const COMPLAINTS = items[2]!.nameTh;

describe('SideTable', () => {
  it('shows the seed’s columns and the sub-groups with their "+" buttons', () => {
    setup();
    for (const heading of [
      'ประเภทงานบริการ/รายละเอียดกระบวนการงาน',
      'การดำเนินงานในรูปแบบ e-Service',
      'หากไม่มีจำเป็นต้องดำเนินการหรือไม่ (กรณีที่ตอบว่า ไม่มี)',
      'ขั้นตอนการให้บริการในรูปแบบ e-Service (เลือกได้มากกว่า 1)',
      'ช่องทางการให้บริการ e-Service (เลือกได้มากกว่า 1)',
      'สถิติประชาชนที่เข้าใช้บริการในปีงบประมาณ (คน)',
    ]) {
      expect(screen.getByRole('columnheader', { name: heading })).toBeInTheDocument();
    }
    expect(screen.getByRole('columnheader', { name: 'ขั้นตอน 1 ยื่นคำขอ' })).toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: 'ขั้นตอน 6 จัดส่งใบอนุญาต/เอกสารอื่น ๆ' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'เพิ่มข้อมูลในกลุ่ม การบริการที่เกี่ยวข้องกับเด็กแรกเกิด เด็กเล็ก และวัยรุ่น' })).toHaveTextContent('+');
    expect(screen.getByRole('button', { name: 'เพิ่มข้อมูลในกลุ่ม การร้องทุกข์ออนไลน์' })).toBeInTheDocument();
    // A side with sub-groups adds under them, not at the top.
    expect(screen.queryByRole('button', { name: /^\+ เพิ่มข้อมูล$/ })).not.toBeInTheDocument();
    // Only the LAO's own item has a bin.
    expect(within(row('ขอใช้สนามกีฬา')).getByRole('button', { name: 'ลบ ขอใช้สนามกีฬา' })).toBeInTheDocument();
    expect(within(row(GRANT)).queryByRole('button')).not.toBeInTheDocument();
  });

  it('keeps steps, channels and users disabled until มี, and จำเป็น/ไม่จำเป็น until ไม่มี', async () => {
    const { user } = setup();
    const steps = [1, 2, 3, 4, 5, 6].map((n) => within(row(GRANT)).getAllByRole('checkbox')[n - 1]!);
    const users = within(row(GRANT)).getByRole('spinbutton', { name: 'สถิติประชาชนที่เข้าใช้บริการในปีงบประมาณ (คน)' });
    const other = within(row(GRANT)).getByRole('textbox', { name: 'ระบุช่องทางอื่น ๆ' });

    for (const box of steps) expect(box).toBeDisabled();
    expect(checkbox(GRANT, 'เว็บไซต์')).toBeDisabled();
    expect(users).toBeDisabled();
    expect(other).toBeDisabled();
    expect(radio(GRANT, 'จำเป็น')).toBeDisabled();
    expect(radio(GRANT, 'ไม่จำเป็น')).toBeDisabled();

    await user.click(radio(GRANT, 'มี'));
    expect(checkbox(GRANT, 'ขั้นตอน 1 ยื่นคำขอ')).toBeEnabled();
    expect(checkbox(GRANT, 'ขั้นตอน 6 จัดส่งใบอนุญาต/เอกสารอื่น ๆ')).toBeEnabled();
    expect(checkbox(GRANT, 'LINE')).toBeEnabled();
    expect(users).toBeEnabled();
    expect(radio(GRANT, 'จำเป็น')).toBeDisabled();
    // The other-channels text waits for "อื่นๆ (ระบุ)".
    expect(other).toBeDisabled();
    await user.click(checkbox(GRANT, 'อื่นๆ (ระบุ)'));
    expect(other).toBeEnabled();

    await user.click(checkbox(GRANT, 'ขั้นตอน 1 ยื่นคำขอ'));
    await user.click(radio(GRANT, 'ไม่มี'));
    // Switching to ไม่มี clears and disables what belongs to มี, and opens จำเป็น/ไม่จำเป็น.
    expect(checkbox(GRANT, 'ขั้นตอน 1 ยื่นคำขอ')).toBeDisabled();
    expect(checkbox(GRANT, 'ขั้นตอน 1 ยื่นคำขอ')).not.toBeChecked();
    expect(checkbox(GRANT, 'อื่นๆ (ระบุ)')).not.toBeChecked();
    expect(users).toBeDisabled();
    expect(radio(GRANT, 'จำเป็น')).toBeEnabled();
    expect(radio(GRANT, 'ไม่จำเป็น')).toBeEnabled();
    // Other rows are untouched.
    expect(radio(SCHOOL, 'จำเป็น')).toBeDisabled();
  });

  it('needs the text of "อื่นๆ (ระบุ)": an inline error on the row, marked invalid, nothing sent', async () => {
    const { user, onSave } = setup();
    await user.click(radio(COMPLAINTS, 'มี'));
    await user.click(checkbox(COMPLAINTS, 'ขั้นตอน 1 ยื่นคำขอ'));
    await user.click(checkbox(COMPLAINTS, 'อื่นๆ (ระบุ)'));
    await user.type(within(row(COMPLAINTS)).getByRole('spinbutton'), '12');
    await user.click(screen.getByRole('button', { name: 'บันทึก' }));

    const other = within(row(COMPLAINTS)).getByRole('textbox', { name: 'ระบุช่องทางอื่น ๆ' });
    await waitFor(() => expect(other).toHaveAttribute('aria-invalid', 'true'));
    expect(describedByText(other)).toContain(MESSAGES['eservice.otherChannelsRequired'].th);
    expect(within(row(COMPLAINTS)).getByText(MESSAGES['eservice.otherChannelsRequired'].th)).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('กรุณาแก้ไขข้อมูลที่ไม่ถูกต้อง 1 รายการ');
    expect(onSave).not.toHaveBeenCalled();

    // Typing the text clears the error.
    await user.type(other, 'TikTok');
    await waitFor(() => expect(other).not.toHaveAttribute('aria-invalid'));
  });

  it('asks for a step, a channel and the number of users when มี, and for จำเป็น/ไม่จำเป็น when ไม่มี', async () => {
    const { user, onSave } = setup();
    await user.click(radio(GRANT, 'มี'));
    await user.click(radio(SCHOOL, 'ไม่มี'));
    await user.click(screen.getByRole('button', { name: 'บันทึก' }));

    const grant = within(row(GRANT));
    expect(await grant.findByText(MESSAGES['eservice.stepsRequired'].th)).toBeInTheDocument();
    expect(grant.getByText(MESSAGES['eservice.channelsRequired'].th)).toBeInTheDocument();
    expect(grant.getByText(MESSAGES['eservice.usersRequired'].th)).toBeInTheDocument();
    expect(checkbox(GRANT, 'ขั้นตอน 3 อนุมัติ')).toHaveAttribute('aria-invalid', 'true');
    expect(checkbox(GRANT, 'เว็บไซต์')).toHaveAttribute('aria-invalid', 'true');
    expect(grant.getByRole('spinbutton')).toHaveAttribute('aria-invalid', 'true');
    expect(describedByText(radio(SCHOOL, 'จำเป็น'))).toContain(MESSAGES['eservice.neededRequired'].th);
    // Unanswered rows are not errors.
    expect(within(row(COMPLAINTS)).queryByText(/กรุณา/)).not.toBeInTheDocument();
    expect(onSave).not.toHaveBeenCalled();
  });

  it('sends only the answered rows, in the API’s shape', async () => {
    const { user, onSave, onNext } = setup();
    await user.click(radio(GRANT, 'มี'));
    await user.click(checkbox(GRANT, 'ขั้นตอน 4 ชำระเงิน'));
    await user.click(checkbox(GRANT, 'ขั้นตอน 1 ยื่นคำขอ'));
    await user.click(checkbox(GRANT, 'LINE'));
    await user.click(checkbox(GRANT, 'เว็บไซต์'));
    await user.click(checkbox(GRANT, 'อื่นๆ (ระบุ)'));
    await user.type(within(row(GRANT)).getByRole('textbox', { name: 'ระบุช่องทางอื่น ๆ' }), ' TikTok ,, ตู้รับเรื่อง ');
    await user.type(within(row(GRANT)).getByRole('spinbutton'), '1520');
    await user.click(radio(SCHOOL, 'ไม่มี'));
    await user.click(radio(SCHOOL, 'จำเป็น'));
    await user.click(screen.getByRole('button', { name: 'บันทึกและไปด้านถัดไป' }));

    await waitFor(() => expect(onSave).toHaveBeenCalledTimes(1));
    expect(onSave.mock.calls[0]?.[0]).toEqual([
      {
        itemId: ID.grant,
        offered: true,
        needed: null,
        steps: [1, 4],
        channels: ['WEBSITE', 'LINE', 'OTHER'],
        otherChannels: 'TikTok, ตู้รับเรื่อง',
        users: 1520,
      },
      { itemId: ID.school, offered: false, needed: true, steps: null, channels: null, otherChannels: null, users: null },
    ]);
    await waitFor(() => expect(onNext).toHaveBeenCalledTimes(1));
    expect(await screen.findByText('บันทึกด้านที่ 1 แล้ว ยังไม่ได้ตอบอีก 2 รายการ')).toBeInTheDocument();
  });

  it('saves a side with nothing answered (a side may be saved empty) and sends no answers', async () => {
    const { user, onSave } = setup();
    await user.click(screen.getByRole('button', { name: 'บันทึก' }));
    await waitFor(() => expect(onSave).toHaveBeenCalledWith([]));
  });

  it('puts the server’s field errors on the row they name (answers.N is the N-th row sent)', async () => {
    const { user } = setup({}, {
      ok: false,
      message: 'คำตอบไม่ถูกต้อง 1 รายการ',
      fields: [{ path: 'answers.1.users', message: 'จำนวนผู้ใช้บริการต้องเป็นจำนวนเต็มตั้งแต่ 0 ขึ้นไป (เซิร์ฟเวอร์)' }],
    });
    await user.click(radio(GRANT, 'ไม่มี'));
    await user.click(radio(GRANT, 'ไม่จำเป็น'));
    await user.click(radio(COMPLAINTS, 'มี'));
    await user.click(checkbox(COMPLAINTS, 'ขั้นตอน 2 ตรวจสอบและพิจารณา'));
    await user.click(checkbox(COMPLAINTS, 'Facebook'));
    await user.type(within(row(COMPLAINTS)).getByRole('spinbutton'), '0');
    await user.click(screen.getByRole('button', { name: 'บันทึก' }));

    const users = within(row(COMPLAINTS)).getByRole('spinbutton');
    await waitFor(() => expect(users).toHaveAttribute('aria-invalid', 'true'));
    expect(describedByText(users)).toContain('(เซิร์ฟเวอร์)');
    expect(within(row(GRANT)).queryByText(/เซิร์ฟเวอร์/)).not.toBeInTheDocument();
  });

  it('adds an item under a sub-group with "+", and deletes an added one after confirming', async () => {
    const { user, onAddItem, onDeleteItem } = setup();
    onAddItem.mockResolvedValue({ ok: true, item: item(ID.added, 'จองคิวฉีดวัคซีนเด็ก', 'S1_CHILD', { custom: true }) });

    await user.click(screen.getByRole('button', { name: 'เพิ่มข้อมูลในกลุ่ม การบริการที่เกี่ยวข้องกับเด็กแรกเกิด เด็กเล็ก และวัยรุ่น' }));
    const dialog = screen.getByRole('dialog', { name: 'เพิ่มประเภทงานบริการ/รายละเอียดกระบวนการงาน' });
    await user.click(within(dialog).getByRole('button', { name: 'เพิ่ม' }));
    expect(await within(dialog).findByText(MESSAGES['eservice.nameRequired'].th)).toBeInTheDocument();
    await user.type(within(dialog).getByRole('textbox', { name: 'ประเภทงานบริการ/รายละเอียดกระบวนการงาน' }), 'จองคิวฉีดวัคซีนเด็ก');
    await user.click(within(dialog).getByRole('button', { name: 'เพิ่ม' }));

    await waitFor(() => expect(onAddItem).toHaveBeenCalledWith('S1_CHILD', 'จองคิวฉีดวัคซีนเด็ก'));
    expect(await screen.findByRole('row', { name: 'จองคิวฉีดวัคซีนเด็ก' })).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    // It sits at the end of its group, before the next group's rows.
    const names = screen.getAllByRole('row').map((r) => r.getAttribute('aria-labelledby') && r.textContent);
    expect(names.findIndex((n) => n?.startsWith('จองคิวฉีดวัคซีนเด็ก'))).toBeLessThan(names.findIndex((n) => n?.startsWith(COMPLAINTS)));

    await user.click(within(row('ขอใช้สนามกีฬา')).getByRole('button', { name: 'ลบ ขอใช้สนามกีฬา' }));
    const confirm = screen.getByRole('dialog', { name: 'ลบรายการที่เพิ่มเอง' });
    expect(onDeleteItem).not.toHaveBeenCalled();
    await user.click(within(confirm).getByRole('button', { name: 'ลบ' }));
    await waitFor(() => expect(onDeleteItem).toHaveBeenCalledWith(ID.custom));
    await waitFor(() => expect(screen.queryByRole('row', { name: 'ขอใช้สนามกีฬา' })).not.toBeInTheDocument());
  });

  it('gives a side without sub-groups "+ เพิ่มข้อมูล" at the top', async () => {
    const { user, onAddItem } = setup({ side: 4, groups: [], items: [], isLast: false });
    onAddItem.mockResolvedValue({ ok: true, item: item(ID.added, 'ขอใช้รถกระเช้า', null, { custom: true, side: 4 }) });
    expect(screen.getByText(/ด้านนี้ยังไม่มีรายการ/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '+ เพิ่มข้อมูล' }));
    await user.type(screen.getByRole('textbox', { name: 'ประเภทงานบริการ/รายละเอียดกระบวนการงาน' }), 'ขอใช้รถกระเช้า');
    await user.click(screen.getByRole('button', { name: 'เพิ่ม' }));
    await waitFor(() => expect(onAddItem).toHaveBeenCalledWith(null, 'ขอใช้รถกระเช้า'));
    expect(await screen.findByRole('row', { name: 'ขอใช้รถกระเช้า' })).toBeInTheDocument();
  });

  it('shows the answers without any control when read-only', () => {
    const answered = [
      item(ID.grant, GRANT, 'S1_CHILD', { offered: true, steps: [1, 4], channels: ['WEBSITE', 'OTHER'], otherChannels: 'TikTok', users: 1520 }),
      item(ID.school, SCHOOL, 'S1_CHILD', { offered: false, needed: true }),
    ];
    setup({ readOnly: true, items: answered });
    expect(screen.queryByRole('radio')).not.toBeInTheDocument();
    expect(screen.queryByRole('checkbox')).not.toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
    expect(within(row(GRANT)).getByText('เว็บไซต์, อื่นๆ (ระบุ): TikTok')).toBeInTheDocument();
    expect(within(row(GRANT)).getByText('1,520')).toBeInTheDocument();
    expect(within(row(SCHOOL)).getByText('จำเป็น')).toBeInTheDocument();
  });
});
