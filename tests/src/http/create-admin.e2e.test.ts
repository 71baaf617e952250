import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { gql, login } from '../support/api';

const SCRIPT = resolve(__dirname, '../../../apps/api/dist/scripts/create-admin.js');

function createAdmin(args: string[], password: string) {
  return spawnSync(process.execPath, [SCRIPT, ...args], {
    input: password,
    encoding: 'utf8',
    env: { ...process.env, DATABASE_URL: process.env.E2E_PRODUCT_DATABASE_URL },
  });
}

/** The first department administrator of a real deployment, created with the API's command (docker/README.md). */
describe('create-admin', () => {
  it('creates a department administrator who can log in and manage accounts', async () => {
    const run = createAdmin(['first.admin', 'ผู้ดูแลระบบคนแรก'], 'a-long-secret-1\n');
    expect({ status: run.status, stderr: run.stderr }).toEqual({ status: 0, stderr: '' });
    const token = await login('first.admin', 'a-long-secret-1');
    const me = await gql<{ me: { level: string; displayName: string } }>(`{ me { level displayName } }`, {}, { token });
    expect(me.data!.me).toEqual({ level: 'DEPARTMENT', displayName: 'ผู้ดูแลระบบคนแรก' });
    expect((await gql(`{ users(first: 1) { totalCount } }`, {}, { token })).errors).toBeUndefined();
  });

  it('refuses a short password, a bad username and a taken one, creating nothing', async () => {
    for (const [args, password, message] of [
      [['second.admin', 'x'], 'short', /password/i],
      [['Bad Name!', 'x'], 'a-long-secret-1', /username/i],
      [['first.admin', 'x'], 'a-long-secret-2', /taken/],
    ] as const) {
      const run = createAdmin([...args], password);
      expect(run.status).toBe(1);
      expect(run.stderr).toMatch(message);
    }
    const res = await gql<{ login: unknown }>(`mutation { login(username: "second.admin", password: "short") { accessToken } }`);
    expect(res.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });
});
