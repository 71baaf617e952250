import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { TOKEN_STORAGE_KEY } from '../../app/apollo';
import { useAuth } from '../../app/auth';
import { fakeApi, session } from '../../test/fakeApi';
import { renderWithApp } from '../../test/render';
import { LAST_USER_KEY, returnPath } from './returnPath';
import { useSignOut } from './useSignOut';

function WhenReady({ children }: { children: ReactNode }) {
  return useAuth().status === 'ready' ? <>{children}</> : null;
}

function LogoutButton() {
  const signOut = useSignOut();
  return (
    <button type="button" onClick={() => void signOut()}>
      ออกจากระบบ
    </button>
  );
}

describe('logging out', () => {
  it('goes to "/" and clears the token and the cached data of the previous user', async () => {
    const api = fakeApi({ Session: session('LAO', '5120101', { INFO: ['VIEW'] }) });
    const { router } = renderWithApp(
      <WhenReady>
        <LogoutButton />
      </WhenReady>,
      { providers: api.providers, route: '/info/lao/5120101?year=2569' },
    );
    await userEvent.setup().click(await screen.findByRole('button', { name: 'ออกจากระบบ' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
    expect(router.state.location.search).toBe('');
    expect(localStorage.getItem(TOKEN_STORAGE_KEY)).toBeNull();
    await waitFor(() => expect(api.client.cache.extract()).toEqual({}));
  });
});

describe('where a login returns to', () => {
  afterEach(() => localStorage.removeItem(LAST_USER_KEY));
  const left = { from: '/info/lao/5120101?year=2569' };

  it('is the page the same person left when their session ended', () => {
    localStorage.setItem(LAST_USER_KEY, 'lao.5120101');
    expect(returnPath(left, 'lao.5120101')).toBe('/info/lao/5120101?year=2569');
  });

  it("is the next person's own home, never the page someone else left", () => {
    localStorage.setItem(LAST_USER_KEY, 'lao.5120101');
    expect(returnPath(left, 'prov.12')).toBe('/');
    localStorage.removeItem(LAST_USER_KEY);
    expect(returnPath(left, 'prov.12')).toBe('/');
  });

  it('is never another site or the login page', () => {
    localStorage.setItem(LAST_USER_KEY, 'admin');
    expect(returnPath({ from: '//evil.example' }, 'admin')).toBe('/');
    expect(returnPath({ from: '/login' }, 'admin')).toBe('/');
    expect(returnPath(null, 'admin')).toBe('/');
  });
});
