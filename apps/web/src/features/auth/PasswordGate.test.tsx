import { MESSAGES } from '@lao/domain';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { TOKEN_STORAGE_KEY } from '../../app/apollo';
import { useAuth } from '../../app/auth';
import { fakeApi, session } from '../../test/fakeApi';
import { renderWithApp } from '../../test/render';
import { PasswordGate } from './PasswordGate';

function WhenReady({ children }: { children: ReactNode }) {
  return useAuth().status === 'ready' ? <>{children}</> : null;
}

/** A session whose password an administrator reset; ChangePassword answers the same user, no longer obliged. */
function setup() {
  const me = session('PROVINCE', '12', { INFO: ['VIEW'] })().me;
  const api = fakeApi({
    Session: () => ({ me: { ...me, mustChangePassword: true }, currentFiscalYear: 2570 }),
    ChangePassword: () => ({
      changePassword: { __typename: 'AuthPayload', accessToken: 'fresh-token', expiresIn: 3600, mustChangePassword: false, user: { ...me, mustChangePassword: false } },
    }),
  });
  renderWithApp(
    <WhenReady>
      <PasswordGate>
        <p>หน้าแรกของจังหวัด</p>
      </PasswordGate>
    </WhenReady>,
    { providers: api.providers, route: '/registry?province=12' },
  );
  return { api, user: userEvent.setup() };
}

describe('PasswordGate', () => {
  it('shows only the change-password screen while the password is temporary, then the page', async () => {
    const { api, user } = setup();
    expect(await screen.findByRole('heading', { name: 'เปลี่ยนรหัสผ่าน' })).toBeInTheDocument();
    expect(screen.queryByText('หน้าแรกของจังหวัด')).not.toBeInTheDocument();

    await user.type(screen.getByLabelText(/รหัสผ่านปัจจุบัน/), 'Xk7mQp2nRt9w');
    await user.type(screen.getByLabelText(/^รหัสผ่านใหม่/), 'my-own-pass-9');
    await user.type(screen.getByLabelText(/ยืนยันรหัสผ่านใหม่/), 'my-own-pass-8');
    await user.click(screen.getByRole('button', { name: 'เปลี่ยนรหัสผ่าน' }));
    expect(await screen.findByText(MESSAGES['accounts.passwordMismatch'].th)).toBeInTheDocument();
    expect(api.calls.some((c) => c.operation === 'ChangePassword')).toBe(false);

    await user.clear(screen.getByLabelText(/ยืนยันรหัสผ่านใหม่/));
    await user.type(screen.getByLabelText(/ยืนยันรหัสผ่านใหม่/), 'my-own-pass-9');
    await user.click(screen.getByRole('button', { name: 'เปลี่ยนรหัสผ่าน' }));
    expect(await screen.findByText('หน้าแรกของจังหวัด')).toBeInTheDocument();
    expect(api.calls.find((c) => c.operation === 'ChangePassword')!.variables).toEqual({ input: { currentPassword: 'Xk7mQp2nRt9w', newPassword: 'my-own-pass-9' } });
    await waitFor(() => expect(localStorage.getItem(TOKEN_STORAGE_KEY)).toBe('fresh-token'));
  });
});
