import { rmSync } from 'node:fs';

export default async function globalTeardown(): Promise<void> {
  const state = globalThis.__LAO_TEST_PG__;
  if (state?.server) await state.server.stop();
  if (state?.dir) rmSync(state.dir, { recursive: true, force: true });
}
