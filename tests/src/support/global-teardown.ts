import { rmSync } from 'node:fs';

export default async function globalTeardown(): Promise<void> {
  const product = globalThis.__LAO_PRODUCT__;
  if (!product) return;
  const { process: child, dataDir, log } = product;
  if (child.exitCode === null) {
    // SIGTERM lets the product stop its embedded PostgreSQL cleanly; SIGKILL if it hangs.
    let timer: NodeJS.Timeout | undefined;
    const exited = new Promise((done) => child.once('exit', done));
    child.kill('SIGTERM');
    await Promise.race([exited, new Promise((done) => (timer = setTimeout(done, 15_000)))]);
    clearTimeout(timer);
    if (child.exitCode === null) child.kill('SIGKILL');
  }
  child.stdout?.destroy();
  child.stderr?.destroy();
  log.end();
  rmSync(dataDir, { recursive: true, force: true });
}
