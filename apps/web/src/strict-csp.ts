import { z } from 'zod';

/**
 * The API's Content-Security-Policy allows no eval (apps/api/src/web/security-headers.ts). Zod 4 probes for it with
 * `Function('')` on its first parse, to compile faster validators; the probe is refused and reported as a CSP
 * violation. jitless validates the same way without the probe. Imported first by main.tsx, before any schema runs.
 */
z.config({ jitless: true });
