import { MESSAGES } from '@lao/domain';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithApp } from '../../test/render';
import { ContactsForm, type ContactsSaveResult, type ContactsValues } from './ContactsForm';

const empty: ContactsValues = { website: '', infoAdmins: [] };

function setup(initial: ContactsValues = empty, result: ContactsSaveResult = { ok: true }, lang: 'th' | 'en' = 'th') {
  const onSubmit = jest.fn<Promise<ContactsSaveResult>, [ContactsValues]>().mockResolvedValue(result);
  const user = userEvent.setup();
  renderWithApp(<ContactsForm initial={initial} onSubmit={onSubmit} />, { lang });
  return { onSubmit, user };
}

function describedByText(element: HTMLElement): string {
  return (element.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');
}

describe('ContactsForm', () => {
  it('shows the Thai error under a website that is not a web address, and does not submit', async () => {
    const { onSubmit, user } = setup();
    const website = screen.getByLabelText('เว็บไซต์');
    await user.type(website, 'www.example.go.th');
    await user.click(screen.getByRole('button', { name: 'บันทึก' }));

    expect(await screen.findByText(MESSAGES['contacts.websiteInvalid'].th)).toBeInTheDocument();
    expect(website).toHaveAttribute('aria-invalid', 'true');
    expect(describedByText(website)).toContain(MESSAGES['contacts.websiteInvalid'].th);
    expect(website).toHaveFocus();
    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getByRole('status')).toHaveTextContent('');
  });

  it('clears the error once the address is fixed', async () => {
    const { user } = setup();
    const website = screen.getByLabelText('เว็บไซต์');
    await user.type(website, 'example');
    await user.click(screen.getByRole('button', { name: 'บันทึก' }));
    expect(await screen.findByText(MESSAGES['contacts.websiteInvalid'].th)).toBeInTheDocument();

    await user.clear(website);
    await user.type(website, 'https://www.example.go.th');
    await waitFor(() => expect(screen.queryByText(MESSAGES['contacts.websiteInvalid'].th)).not.toBeInTheDocument());
    expect(website).not.toHaveAttribute('aria-invalid');
  });

  it('allows at most two INFO administrators: the add button is disabled at two', async () => {
    const { user } = setup();
    const add = screen.getByRole('button', { name: /เพิ่มผู้ดูแลระบบ INFO/ });
    await user.click(add);
    await user.click(add);

    expect(screen.getAllByLabelText('ชื่อ-นามสกุล')).toHaveLength(2);
    expect(add).toBeDisabled();
    expect(describedByText(add)).toContain('บันทึกได้ไม่เกิน 2 คน');
    await user.click(add);
    expect(screen.getAllByLabelText('ชื่อ-นามสกุล')).toHaveLength(2);

    await user.click(screen.getByRole('button', { name: 'ลบผู้ดูแลคนที่ 2' }));
    expect(screen.getAllByLabelText('ชื่อ-นามสกุล')).toHaveLength(1);
    expect(add).toBeEnabled();
  });

  it('refuses a third administrator that came with the data, with the Thai message', async () => {
    const admin = { name: 'สมชาย ใจดี', position: 'นักวิชาการคอมพิวเตอร์', phone: '081 234 5678' };
    const { onSubmit, user } = setup({ website: '', infoAdmins: [admin, admin, admin] });
    await user.click(screen.getByRole('button', { name: 'บันทึก' }));

    expect(await screen.findByText(MESSAGES['contacts.tooManyAdmins'].th)).toBeInTheDocument();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('shows Thai errors under a bad phone number and a missing name, marked invalid', async () => {
    const { onSubmit, user } = setup();
    await user.click(screen.getByRole('button', { name: /เพิ่มผู้ดูแลระบบ INFO/ }));
    const admin = screen.getByRole('group', { name: 'ผู้ดูแลระบบ INFO คนที่ 1' });
    await user.type(within(admin).getByLabelText('ตำแหน่ง'), 'นักวิชาการคอมพิวเตอร์');
    const phone = within(admin).getByLabelText('เบอร์โทรศัพท์');
    await user.type(phone, '1234');
    await user.click(screen.getByRole('button', { name: 'บันทึก' }));

    expect(await screen.findByText(MESSAGES['contacts.phoneInvalid'].th)).toBeInTheDocument();
    expect(phone).toHaveAttribute('aria-invalid', 'true');
    expect(describedByText(phone)).toContain(MESSAGES['contacts.phoneInvalid'].th);
    const name = within(admin).getByLabelText('ชื่อ-นามสกุล');
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(describedByText(name)).toContain(MESSAGES['contacts.nameRequired'].th);
    expect(within(admin).getByLabelText('ตำแหน่ง')).not.toHaveAttribute('aria-invalid');
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('submits cleaned values for good input and says it saved', async () => {
    const { onSubmit, user } = setup();
    await user.type(screen.getByLabelText('เว็บไซต์'), '  https://www.bangkruai.go.th  ');
    await user.click(screen.getByRole('button', { name: /เพิ่มผู้ดูแลระบบ INFO/ }));
    await user.type(screen.getByLabelText('ชื่อ-นามสกุล'), ' นางสาวสมหญิง รักงาน ');
    await user.type(screen.getByLabelText('ตำแหน่ง'), 'นักวิชาการคอมพิวเตอร์ปฏิบัติการ');
    await user.type(screen.getByLabelText('เบอร์โทรศัพท์'), '02 123 4567 ต่อ 12');
    await user.click(screen.getByRole('button', { name: 'บันทึก' }));

    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    expect(onSubmit.mock.calls[0]?.[0]).toEqual({
      website: 'https://www.bangkruai.go.th',
      infoAdmins: [{ name: 'นางสาวสมหญิง รักงาน', position: 'นักวิชาการคอมพิวเตอร์ปฏิบัติการ', phone: '02 123 4567 ต่อ 12' }],
    });
    expect(await screen.findByRole('status')).toHaveTextContent('บันทึกเรียบร้อยแล้ว');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('accepts an empty website (it clears it) and no administrators', async () => {
    const { onSubmit, user } = setup({ website: 'https://old.example.go.th', infoAdmins: [] });
    await user.clear(screen.getByLabelText('เว็บไซต์'));
    await user.click(screen.getByRole('button', { name: 'บันทึก' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledWith({ website: '', infoAdmins: [] }));
  });

  it('puts the server’s field issues on their fields and other refusals in an alert', async () => {
    const admin = { name: 'สมชาย ใจดี', position: 'ปลัด', phone: '081 234 5678' };
    const { user } = setup({ website: '', infoAdmins: [admin] }, {
      ok: false,
      message: 'เบอร์โทรศัพท์ไม่ถูกต้อง (จากเซิร์ฟเวอร์)',
      fields: [{ path: 'infoAdmins.0.phone', message: 'เบอร์โทรศัพท์ไม่ถูกต้อง (จากเซิร์ฟเวอร์)' }],
    });
    await user.click(screen.getByRole('button', { name: 'บันทึก' }));
    const phone = screen.getByLabelText('เบอร์โทรศัพท์');
    await waitFor(() => expect(phone).toHaveAttribute('aria-invalid', 'true'));
    expect(describedByText(phone)).toContain('เบอร์โทรศัพท์ไม่ถูกต้อง (จากเซิร์ฟเวอร์)');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('');
  });

  it('shows a refusal without field issues (e.g. outside scope) in an alert', async () => {
    const { user } = setup(empty, { ok: false, message: 'ท่านไม่มีสิทธิ์ในข้อมูลของหน่วยงานนี้' });
    await user.click(screen.getByRole('button', { name: 'บันทึก' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('ท่านไม่มีสิทธิ์ในข้อมูลของหน่วยงานนี้');
    expect(screen.getByRole('status')).toHaveTextContent('');
  });

  it('speaks English when the UI is English', async () => {
    const { user } = setup(empty, { ok: true }, 'en');
    await user.type(screen.getByLabelText('Website'), 'ftp://example');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText(MESSAGES['contacts.websiteInvalid'].en)).toBeInTheDocument();
  });
});
