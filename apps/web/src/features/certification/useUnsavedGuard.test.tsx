import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Link } from 'react-router-dom';
import { renderWithApp } from '../../test/render';
import { UnsavedChangesDialog, useUnsavedGuard } from './useUnsavedGuard';

function Page({ dirty }: { dirty: boolean }) {
  const guard = useUnsavedGuard();
  return (
    <>
      <button type="button" onClick={() => guard.setDirty(dirty)}>
        edit
      </button>
      <Link to="/registry">ทะเบียน อปท.</Link>
      <Link to="?side=2">ด้านที่ 2</Link>
      <UnsavedChangesDialog guard={guard} section="ด้านที่ 1" />
    </>
  );
}

describe('useUnsavedGuard', () => {
  it('asks before leaving with unsaved changes: "stay" is the primary, focused button and keeps the page', async () => {
    const user = userEvent.setup();
    const { router } = renderWithApp(<Page dirty />, { route: '/eservice/lao/1' });
    await user.click(screen.getByRole('button', { name: 'edit' }));
    await user.click(screen.getByRole('link', { name: 'ทะเบียน อปท.' }));

    const dialog = await screen.findByRole('dialog', { name: 'ข้อมูลยังไม่ได้บันทึก' });
    expect(dialog).toHaveTextContent('ข้อมูลที่แก้ไขในด้านที่ 1ยังไม่ได้บันทึก');
    const stay = within(dialog).getByRole('button', { name: 'กลับไปบันทึก' });
    expect(stay).toHaveClass('button--primary');
    expect(stay).toHaveFocus();
    await user.click(stay);
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(router.state.location.pathname).toBe('/eservice/lao/1');

    // Another section of the same page is a navigation too; leaving without saving goes on.
    await user.click(screen.getByRole('link', { name: 'ด้านที่ 2' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'ออกโดยไม่บันทึก' }));
    await waitFor(() => expect(router.state.location.search).toBe('?side=2'));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('lets a clean page go without asking', async () => {
    const user = userEvent.setup();
    const { router } = renderWithApp(<Page dirty={false} />, { route: '/eservice/lao/1' });
    await user.click(screen.getByRole('link', { name: 'ทะเบียน อปท.' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/registry'));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('has the browser ask before the tab closes or reloads while there are unsaved changes', async () => {
    const user = userEvent.setup();
    renderWithApp(<Page dirty />);
    const before = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(before);
    expect(before.defaultPrevented).toBe(false);
    await user.click(screen.getByRole('button', { name: 'edit' }));
    const after = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(after);
    expect(after.defaultPrevented).toBe(true);
  });
});
