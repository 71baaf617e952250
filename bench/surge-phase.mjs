// The bench's deadline-surge phase (surge.mjs does the work): after the table's operations, through the API and
// then as SQL twins, each from the same state (the LAOs back to DRAFT after each side).
import { drain } from './measure.mjs';
import { sampleValue, seeded } from './operations.mjs';
import { certifiedCount, restoreSurge, SURGE_CONCURRENCY, surgeApi, surgeSql, surgeValues } from './surge.mjs';

/**
 * Runs the surge on `laos` (the open year's DRAFT LAOs from surgeLaos) and answers its figures, or null when fewer
 * than `minLaos` are there; what went wrong is pushed to `failures`.
 */
export async function runSurge({ apiUrl, pool, ctx, ops, laos, minLaos, failures, log }) {
  let surge = null;
  if (laos.length < minLaos) {
    failures.push(`surge: only ${laos.length} DRAFT LAOs in ${ctx.openYear}, ${minLaos} needed (bump DATASET_VERSION to rebuild the dataset)`);
  } else {
    const domains = await surgeValues({ apiUrl, openYear: ctx.openYear, headers: ctx.headers, random: seeded(ctx.openYear + 1), sampleValue });
    const byPrefix = (prefix) => ops.find((op) => op.name.startsWith(prefix)).sql.text;
    const common = { openYear: ctx.openYear, laos, domains };
    await drain(pool);
    const apiSurge = await surgeApi({ apiUrl, ...common });
    const apiCertified = await certifiedCount(pool, ctx.openYear);
    await restoreSurge(pool, ctx.openYear);
    const sqlSurge = await surgeSql({ pool, ...common, readSql: byPrefix('infoSubmission'), saveSql: byPrefix('saveInfoSection') });
    const sqlCertified = await certifiedCount(pool, ctx.openYear);
    await restoreSurge(pool, ctx.openYear);
    surge = { concurrency: SURGE_CONCURRENCY, domains: domains.length, api: { ...apiSurge, certified: apiCertified }, sql: { ...sqlSurge, certified: sqlCertified } };
    for (const [side, r] of [['API', surge.api], ['SQL', surge.sql]]) {
      if (r.errors) failures.push(`surge ${side}: ${r.errors} errors, first: ${r.firstError}`);
      else if (r.certified !== laos.length) failures.push(`surge ${side}: ${r.certified} of ${laos.length} LAOs certified`);
    }
    log(`surge: API ${apiSurge.requests} requests in ${apiSurge.seconds} s (${apiSurge.rps} req/s, ${apiSurge.errors} errors); SQL ${sqlSurge.rps} req/s`);
  }
  return surge;
}
