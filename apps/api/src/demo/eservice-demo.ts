import { fiscalYearOf } from '@lao/domain';
import type { EntityManager } from 'typeorm';
import { demoDeadline, openDemoCycles, seededRandom } from './info-demo';
import { demoEServiceAnswer } from './eservice-demo-answers';

interface DemoLao {
  code: string;
  type: Parameters<typeof demoEServiceAnswer>[1]['type'];
  provinceCode: string;
}

/** What the e-Service seed varies; the demo uses the defaults, the performance harness (bench/) a national-scale set. */
export interface EServiceDemoOptions {
  /**
   * Fiscal years before the open one that also get surveys (default 0: the open year only). In those years every
   * LAO answered the whole survey and its province certified it.
   */
  pastYears?: number;
  /** In the open year too, every LAO has answered every side (statuses still mixed). Default false. */
  everyLaoAnswers?: boolean;
}

/**
 * The open year's e-Service surveys, weeks into the survey: about a quarter certified by the LAO (a few provinces
 * already certified by the province), many half-way, some not started. Answers come from eservice-demo-answers.ts.
 * With options, earlier years too (complete and certified) and full answers in the open year.
 */
export async function seedEServiceDemo(
  manager: EntityManager,
  laos: DemoLao[],
  now = new Date(),
  options: EServiceDemoOptions = {},
): Promise<{ answers: number }> {
  const openYear = fiscalYearOf(now);
  const pastYears = options.pastYears ?? 0;
  let answerCount = 0;
  for (let fiscalYear = openYear - pastYears; fiscalYear <= openYear; fiscalYear++) {
    answerCount += await seedEServiceYear(manager, laos, fiscalYear, fiscalYear === openYear ? now : null, options.everyLaoAnswers ?? false);
  }
  return { answers: answerCount };
}

/** One fiscal year of surveys: `now` for the open year (a mix of statuses), null for a past, certified one. */
async function seedEServiceYear(manager: EntityManager, laos: DemoLao[], fiscalYear: number, now: Date | null, everyLaoAnswers: boolean): Promise<number> {
  await openDemoCycles(manager, 'ESERVICE', [fiscalYear]);
  const items: { id: string; code: string; side: number }[] = await manager.query(
    `SELECT id, code, side FROM eservice_item WHERE lao_code IS NULL AND first_year <= $1 AND (last_year IS NULL OR last_year >= $1) ORDER BY side, position`,
    [fiscalYear],
  );
  const provinces = [...new Set(laos.map((l) => l.provinceCode))].sort();
  const doneProvinces = new Set(provinces.filter((code) => seededRandom(`eservice-province:${code}`)() < 0.06));
  const answers: [string, string, boolean, boolean | null, string, string, string | null, number | null][] = [];
  const saves: [string, number][] = [];
  const submissions: [string, string, boolean, number][] = [];

  for (const lao of laos) {
    const random = seededRandom(`eservice:${lao.code}:${fiscalYear}`);
    const r = random();
    let plan = !now || doneProvinces.has(lao.provinceCode) ? 'PROVINCE_CERTIFIED' : r < 0.25 ? 'LAO_CERTIFIED' : r < 0.7 ? 'PARTIAL' : 'NOTHING';
    let lastSide = plan === 'PARTIAL' ? 1 + Math.floor(random() * 5) : 6;
    if (everyLaoAnswers && (plan === 'PARTIAL' || plan === 'NOTHING')) {
      plan = 'ANSWERED';
      lastSide = 6;
    }
    if (plan === 'NOTHING') continue;
    let count = 0;
    for (const item of items.filter((i) => i.side <= lastSide)) {
      const a = demoEServiceAnswer(item.code, lao, fiscalYear, random);
      answers.push([lao.code, item.id, a.offered, a.needed, (a.steps ?? []).join(','), (a.channels ?? []).join(','), a.otherChannels, a.users]);
      count++;
    }
    for (let side = 1; side <= lastSide; side++) saves.push([lao.code, side]);
    // ANSWERED: every side saved, not certified yet.
    submissions.push([lao.code, plan === 'PARTIAL' || plan === 'ANSWERED' ? 'DRAFT' : plan, plan !== 'PARTIAL', count]);
  }

  for (let i = 0; i < answers.length; i += 50_000) {
    const chunk = answers.slice(i, i + 50_000);
    await manager.query(
      `INSERT INTO eservice_answer (lao_code, fiscal_year, item_id, offered, needed, steps, channels, other_channels, users)
       SELECT lao, $1, item, offered, needed, CASE WHEN offered THEN string_to_array(steps, ',')::smallint[] END,
              CASE WHEN offered THEN string_to_array(channels, ',')::varchar[] END, other, users
         FROM unnest($2::text[], $3::uuid[], $4::boolean[], $5::boolean[], $6::text[], $7::text[], $8::text[], $9::int[])
              AS t(lao, item, offered, needed, steps, channels, other, users)`,
      [fiscalYear, ...[0, 1, 2, 3, 4, 5, 6, 7].map((k) => chunk.map((a) => a[k]))],
    );
  }
  await manager.query(
    `INSERT INTO eservice_side_save (lao_code, fiscal_year, side, saved_by)
     SELECT lao, $1, side, 'lao.' || lao FROM unnest($2::text[], $3::smallint[]) AS t(lao, side)`,
    [fiscalYear, saves.map((s) => s[0]), saves.map((s) => s[1])],
  );
  const day = 86_400_000;
  // A past year: certified by the LAO before the deadline, by the province after it.
  const deadline = demoDeadline(fiscalYear).getTime();
  await manager.query(
    `WITH inserted AS (
       INSERT INTO submission (module, lao_code, fiscal_year, status, complete, recorded_count, lao_certified_at, province_certified_at, updated_by)
       SELECT 'ESERVICE', lao, $1, status, complete, n,
              CASE WHEN status <> 'DRAFT' THEN $5::timestamptz END, CASE WHEN status = 'PROVINCE_CERTIFIED' THEN $6::timestamptz END, 'demo'
         FROM unnest($2::text[], $3::text[], $4::boolean[], $7::int[]) AS t(lao, status, complete, n)
       RETURNING id, lao_code, status, lao_certified_at, province_certified_at)
     INSERT INTO submission_event (submission_id, action, from_status, to_status, actor, at)
     SELECT id, 'CERTIFY', 'DRAFT', 'LAO_CERTIFIED', 'lao.' || lao_code, lao_certified_at FROM inserted WHERE lao_certified_at IS NOT NULL
     UNION ALL
     SELECT i.id, 'CERTIFY_PROVINCE', 'LAO_CERTIFIED', 'PROVINCE_CERTIFIED', 'prov.' || l.province_code, i.province_certified_at
       FROM inserted i JOIN local_authority l ON l.code = i.lao_code WHERE i.province_certified_at IS NOT NULL`,
    [
      fiscalYear,
      submissions.map((s) => s[0]),
      submissions.map((s) => s[1]),
      submissions.map((s) => s[2]),
      now ? new Date(now.getTime() - 12 * day) : new Date(deadline - 20 * day),
      now ? new Date(now.getTime() - 3 * day) : new Date(deadline + 7 * day),
      submissions.map((s) => s[3]),
    ],
  );
  return answers.length;
}
