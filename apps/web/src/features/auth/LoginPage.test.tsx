import { MESSAGES } from '@lao/domain';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { expireSession, readToken, TOKEN_STORAGE_KEY, writeToken } from '../../app/token';
import { I18nProvider } from '../../i18n';
import { LoginPage } from './LoginPage';
import { LAST_USER_KEY } from './returnPath';

const user = { __typename: 'User', id: '7', username: 'lao.5120101', displayName: 'ผู้ทดสอบ', level: 'LAO', scopeCode: '5120101', active: true, mustChangePassword: false, rights: [] };
type Answer = { status?: number; body: unknown };

/** The API as the login page meets it: POST /graphql answers, recorded. */
function fakeFetch(...answers: Answer[]) {
  const calls: { url: string; headers: Record<string, string>; body: { operationName: string; query: string; variables: Record<string, string> } }[] = [];
  globalThis.fetch = jest.fn((url: string, init: RequestInit) => {
    calls.push({ url, headers: init.headers as Record<string, string>, body: JSON.parse(init.body as string) });
    const answer = answers.shift();
    if (!answer) return Promise.reject(new TypeError('Failed to fetch'));
    return Promise.resolve({ ok: (answer.status ?? 200) < 300, status: answer.status ?? 200, json: () => Promise.resolve(answer.body) } as Response);
  }) as unknown as typeof fetch;
  return calls;
}

const loggedIn = (username = user.username) => ({ body: { data: { login: { accessToken: 'fresh-token', expiresIn: 3600, mustChangePassword: false, user: { ...user, username } } } } });
const refused = (code: string, message: string, extra: Record<string, unknown> = {}) => ({ body: { data: null, errors: [{ message, extensions: { code, ...extra } }] } });

function renderLogin(state?: { from: string }) {
  const router = createMemoryRouter(
    [
      { path: '/login', element: <LoginPage /> },
      { path: '*', element: <p>หน้าในระบบ</p> },
    ],
    { initialEntries: [{ pathname: '/login', state }] },
  );
  render(
    <I18nProvider initialLang="th">
      <RouterProvider router={router} />
    </I18nProvider>,
  );
  return { router, ui: userEvent.setup() };
}

async function signIn(ui: ReturnType<typeof userEvent.setup>, username: string, password: string) {
  await ui.type(screen.getByLabelText(/ชื่อผู้ใช้/), username);
  await ui.type(screen.getByLabelText(/รหัสผ่าน/), password);
  await ui.click(screen.getByRole('button', { name: 'เข้าสู่ระบบ' }));
}

afterEach(() => {
  writeToken(null);
  localStorage.clear();
});

describe('the login page (posted with fetch, no Apollo)', () => {
  it('checks the fields with the shared schema before sending anything', async () => {
    const calls = fakeFetch();
    const { ui } = renderLogin();
    await ui.click(await screen.findByRole('button', { name: 'เข้าสู่ระบบ' }));
    expect(await screen.findAllByText(MESSAGES['input.required'].th)).toHaveLength(2);
    expect(screen.getByLabelText(/ชื่อผู้ใช้/)).toHaveAttribute('aria-invalid', 'true');
    expect(calls).toEqual([]);
  });

  it("sends the Login mutation in the UI's language, stores the token and opens a new person's home", async () => {
    const calls = fakeFetch(loggedIn());
    localStorage.setItem(LAST_USER_KEY, 'prov.12');
    const { router, ui } = renderLogin({ from: '/info/province/12' });
    await signIn(ui, ' LAO.5120101 ', 'demo1234');
    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
    expect(readToken()).toBe('fresh-token');
    expect(localStorage.getItem(LAST_USER_KEY)).toBe('lao.5120101');
    expect(calls).toHaveLength(1);
    expect(calls[0]!.url).toBe('/graphql');
    expect(calls[0]!.headers['accept-language']).toBe('th');
    expect(calls[0]!.body).toMatchObject({ operationName: 'Login', variables: { username: 'lao.5120101', password: 'demo1234' } });
  });

  it('returns the same person to the page their ended session left', async () => {
    fakeFetch(loggedIn());
    localStorage.setItem(LAST_USER_KEY, 'lao.5120101');
    const { router, ui } = renderLogin({ from: '/info/lao/5120101?year=2569' });
    await signIn(ui, 'lao.5120101', 'demo1234');
    await waitFor(() => expect(`${router.state.location.pathname}${router.state.location.search}`).toBe('/info/lao/5120101?year=2569'));
  });

  it("shows the server's message for a wrong password and for too many attempts, and keeps no token", async () => {
    const wait = 'พยายามเข้าสู่ระบบหลายครั้งเกินไป กรุณารอ 60 วินาทีแล้วลองใหม่';
    fakeFetch(refused('UNAUTHENTICATED', 'ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง'), refused('RATE_LIMITED', wait, { retryAfterSeconds: 60 }));
    const { ui } = renderLogin();
    await signIn(ui, 'admin', 'wrong');
    expect(await screen.findByRole('alert')).toHaveTextContent('ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง');
    await ui.click(screen.getByRole('button', { name: 'เข้าสู่ระบบ' }));
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent(wait));
    expect(localStorage.getItem(TOKEN_STORAGE_KEY)).toBeNull();
  });

  it('says so when the server cannot be reached', async () => {
    fakeFetch();
    const { ui } = renderLogin();
    await signIn(ui, 'admin', 'demo1234');
    expect(await screen.findByRole('alert')).toHaveTextContent('ติดต่อเซิร์ฟเวอร์ไม่ได้');
  });

  it('tells why the person is back after the server refused the token, until the next login', async () => {
    writeToken('old');
    expireSession();
    fakeFetch(loggedIn());
    const { router, ui } = renderLogin();
    expect(await screen.findByText('การเข้าสู่ระบบหมดอายุ กรุณาเข้าสู่ระบบใหม่')).toBeInTheDocument();
    await signIn(ui, 'lao.5120101', 'demo1234');
    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
  });

  it('goes straight on with a token already stored', async () => {
    writeToken('stored');
    const { router } = renderLogin();
    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
    expect(await screen.findByText('หน้าในระบบ')).toBeInTheDocument();
  });
});
