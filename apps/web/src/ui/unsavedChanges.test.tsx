import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { ContactsForm } from '../features/lao-profile/ContactsForm';
import { renderWithApp } from '../test/render';
import { Dialog } from './dialog';
import { UnsavedChangesDialog, useUnsavedGuard } from './unsavedChanges';

const initial = { website: 'https://www.example.go.th', infoAdmins: [] };

/** A page section with its own guard, and a form dialog opened over it (as Welfare's edit dialogs are). */
function PageWithDialog() {
  const guard = useUnsavedGuard();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => guard.setDirty(true)}>
        edit section
      </button>
      <button type="button" onClick={() => setOpen(true)}>
        open dialog
      </button>
      <Link to="/registry">ทะเบียน อปท.</Link>
      <UnsavedChangesDialog guard={guard} section="ด้านที่ 1" />
      {open && (
        <Dialog title="แก้ไขผู้รับเบี้ย" onClose={() => setOpen(false)}>
          <label>
            ชื่อ
            <input />
          </label>
          <button type="button" onClick={() => setOpen(false)}>
            ยกเลิก
          </button>
        </Dialog>
      )}
    </>
  );
}

function beforeUnloadPrevented() {
  const event = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(event);
  return event.defaultPrevented;
}

describe('the shared unsaved-changes guard', () => {
  it('guards the LAO profile form: the menu asks, "stay" is primary and keeps the edit, "leave" goes on', async () => {
    const user = userEvent.setup();
    const { router } = renderWithApp(
      <>
        <Link to="/registry">ทะเบียน อปท.</Link>
        <ContactsForm initial={initial} onSubmit={() => Promise.resolve({ ok: true })} />
      </>,
      { route: '/lao/5120101' },
    );
    const website = screen.getByRole('textbox', { name: /เว็บไซต์/ });
    await user.clear(website);
    await user.type(website, 'https://new.example.go.th');
    expect(beforeUnloadPrevented()).toBe(true);

    await user.click(screen.getByRole('link', { name: 'ทะเบียน อปท.' }));
    const dialog = await screen.findByRole('dialog', { name: 'ข้อมูลยังไม่ได้บันทึก' });
    expect(dialog).toHaveTextContent('เว็บไซต์และผู้ดูแลระบบ INFO');
    const stay = within(dialog).getByRole('button', { name: 'กลับไปบันทึก' });
    expect(stay).toHaveClass('button--primary');
    expect(within(dialog).getByRole('button', { name: 'ออกโดยไม่บันทึก' })).not.toHaveClass('button--primary');
    await user.click(stay);
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(router.state.location.pathname).toBe('/lao/5120101');
    expect(website).toHaveValue('https://new.example.go.th');

    await user.click(screen.getByRole('link', { name: 'ทะเบียน อปท.' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'ออกโดยไม่บันทึก' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/registry'));
    expect(beforeUnloadPrevented()).toBe(false);
  });

  it('lets a saved LAO profile go without asking', async () => {
    const user = userEvent.setup();
    const { router } = renderWithApp(
      <>
        <Link to="/registry">ทะเบียน อปท.</Link>
        <ContactsForm initial={initial} onSubmit={() => Promise.resolve({ ok: true })} />
      </>,
      { route: '/lao/5120101' },
    );
    await user.type(screen.getByRole('textbox', { name: /เว็บไซต์/ }), '/th');
    await user.click(screen.getByRole('button', { name: 'บันทึก' }));
    await screen.findByText('บันทึกเรียบร้อยแล้ว');
    await user.click(screen.getByRole('link', { name: 'ทะเบียน อปท.' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/registry'));
    expect(screen.queryByRole('dialog', { name: 'ข้อมูลยังไม่ได้บันทึก' })).not.toBeInTheDocument();
  });

  it('counts what is typed in any form dialog until it closes, and asks once for the page and the dialog', async () => {
    const user = userEvent.setup();
    const { router } = renderWithApp(<PageWithDialog />, { route: '/welfare/lao/5120101' });
    await user.click(screen.getByRole('button', { name: 'open dialog' }));
    // Opening is not editing.
    expect(beforeUnloadPrevented()).toBe(false);
    await user.type(screen.getByRole('textbox', { name: 'ชื่อ' }), 'สมชาย');
    expect(beforeUnloadPrevented()).toBe(true);
    await user.click(screen.getByRole('button', { name: 'ยกเลิก' }));
    expect(beforeUnloadPrevented()).toBe(false);

    await user.click(screen.getByRole('button', { name: 'edit section' }));
    await user.click(screen.getByRole('button', { name: 'open dialog' }));
    await user.type(screen.getByRole('textbox', { name: 'ชื่อ' }), 'สมหญิง');
    // The back button (a navigation the dialog cannot cover).
    act(() => void router.navigate('/registry'));
    const question = await screen.findByRole('dialog', { name: 'ข้อมูลยังไม่ได้บันทึก' });
    expect(screen.getAllByRole('dialog', { name: 'ข้อมูลยังไม่ได้บันทึก' })).toHaveLength(1);
    expect(question).toHaveTextContent('ด้านที่ 1, “แก้ไขผู้รับเบี้ย”');
    await user.click(within(question).getByRole('button', { name: 'ออกโดยไม่บันทึก' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/registry'));
    expect(beforeUnloadPrevented()).toBe(false);
  });
});
