import type { MigrationInterface, QueryRunner } from 'typeorm';

/*
 * The Waste summaries' figures per LAO and fiscal year (issue 15: the national summary in milliseconds, exact), kept
 * by triggers in the same transaction as every write that changes one of their inputs: the report's sections
 * (catalogue_section, module WASTE), where the waste goes (waste_disposal_use) and the sites' method and place
 * (waste_disposal_site). Triggers rather than service code so that bulk seeds (demo, bench) and any future writer
 * keep them too; statement-level with transition tables so a seed of 100,000 rows refreshes them in one set.
 *
 * A row holds the LAO's raw figures of the year and last year's collection figures (the plausibility warnings
 * compare the two); the submission status, the caller's scope and the warning thresholds are applied when read, so
 * certifications and returns change no row. waste-summary.repository.ts's live statement is the recount they are
 * checked against (aggregates.integration.test.ts). The proper-disposal methods are frozen here as in
 * PROPER_DISPOSAL_METHODS (libs/domain); changing that list needs a migration redefining waste_refresh_figures.
 *
 * Exact under concurrency (READ COMMITTED): a writer first upserts the rows of its (LAO, year) keys, which locks
 * them, in key order (no deadlock between writers of overlapping keys), and only then recomputes them in a later
 * statement, which sees whatever the writers it waited for committed. The last to take a row's lock recomputes it
 * last, from every input committed before it. A disposal-use writer also share-locks the sites it reads, before the
 * rows: a concurrent change of such a site (which cannot see the new, uncommitted use) is then waited for.
 */
const FIGURES = 'waste_lao_figures';

/**
 * The key's LAO's sections of a year as one object by section, looked up by the primary key's (module, lao_code):
 * `fiscal_year + 0` keeps the planner off IDX_catalogue_section_year, which it otherwise picks on default estimates
 * and which scans every LAO's rows of the year.
 */
const sections = (year: string) =>
  `(SELECT jsonb_object_agg(cs.section, cs.values) FROM catalogue_section cs
     WHERE cs.module = 'WASTE' AND cs.lao_code = k.l AND cs.fiscal_year + 0 = ${year} AND cs.subject_key = '')`;
const n = (json: string, code: string) => `(${json}->>'${code}')::numeric`;
const COLUMNS = ['reported', 'pop', 'served', 'gen', 'col', 'rec', 'rev', 'cost', 'p_pop', 'p_gen', 'p_col', 'proper', 'lat', 'lon'];

/**
 * The figures of the keys k(l, y), recomputed from their sources. Per-key lookups (kept per key by OFFSET 0) rather
 * than joins, and no join with the figures table (the upsert's arbiter index finds the row): a bulk seed fills these
 * tables in the same transaction, before any statistics know of the rows, and joins planned on default
 * selectivities went quadratic (3 min for one year of the national demo).
 */
const RECOMPUTE = `
  SELECT k.l, k.y, (v.c IS NOT NULL OR v.r IS NOT NULL OR v.fe IS NOT NULL),
         ${n('v.c', 'WC01')}, ${n('v.c', 'WC03')}, ${n('v.c', 'WC05')}, ${n('v.c', 'WC06')},
         CASE WHEN v.r ? 'WS04' OR v.r ? 'WS05' THEN coalesce(${n('v.r', 'WS04')}, 0) + coalesce(${n('v.r', 'WS05')}, 0) END,
         ${n('v.fe', 'WF03')}, ${n('v.fe', 'WF04')}, ${n('v.p', 'WC01')}, ${n('v.p', 'WC05')}, ${n('v.p', 'WC06')},
         d.proper, d.lat, d.lon
    FROM (SELECT DISTINCT x.l, x.y::smallint AS y FROM unnest(p_lao, p_year) AS x(l, y)) k
    CROSS JOIN LATERAL (SELECT ${sections('k.y')} AS now, ${sections('k.y - 1')} AS before OFFSET 0) s
    CROSS JOIN LATERAL (SELECT s.now->'COLLECTION' AS c, s.now->'SEPARATION_RECYCLING' AS r, s.now->'FEES_COSTS' AS fe,
                               s.before->'COLLECTION' AS p OFFSET 0) v
    CROSS JOIN LATERAL (
      SELECT CASE WHEN count(*) > 0 THEN coalesce(sum(u.tonnes_per_day) FILTER (WHERE s.method IN ('SANITARY_LANDFILL', 'INCINERATION', 'COMPOSTING', 'RDF')), 0) END AS proper,
             sum(s.latitude * u.tonnes_per_day) / nullif(sum(u.tonnes_per_day), 0) AS lat,
             sum(s.longitude * u.tonnes_per_day) / nullif(sum(u.tonnes_per_day), 0) AS lon
        FROM waste_disposal_use u JOIN waste_disposal_site s ON s.id = u.site_id
       WHERE u.lao_code = k.l AND u.fiscal_year = k.y) d
   WHERE EXISTS (SELECT 1 FROM local_authority la WHERE la.code = k.l)`;

const REFRESH = `
CREATE FUNCTION waste_refresh_figures(p_lao bpchar[], p_year int[]) RETURNS void LANGUAGE plpgsql AS $fn$
BEGIN
  IF p_lao IS NULL OR cardinality(p_lao) = 0 THEN RETURN; END IF;
  -- The rows made or locked, in key order.
  INSERT INTO ${FIGURES} (lao_code, fiscal_year)
  SELECT DISTINCT x.l, x.y::smallint FROM unnest(p_lao, p_year) AS x(l, y)
   WHERE EXISTS (SELECT 1 FROM local_authority la WHERE la.code = x.l)
   ORDER BY 1, 2
  ON CONFLICT (fiscal_year, lao_code) DO UPDATE SET reported = ${FIGURES}.reported;
  -- Recomputed in a later statement: its snapshot sees what the writers waited for above committed.
  INSERT INTO ${FIGURES} (lao_code, fiscal_year, ${COLUMNS.join(', ')}) ${RECOMPUTE}
  ON CONFLICT (fiscal_year, lao_code) DO UPDATE SET ${COLUMNS.map((c) => `${c} = excluded.${c}`).join(', ')};
END
$fn$`;

/** A section's own (subject '') rows change the LAO's year, and a collection row also next year's warnings. */
const SECTION_KEYS = (rows: string) => `
  SELECT lao_code AS l, fiscal_year::int AS y FROM ${rows} WHERE module = 'WASTE' AND subject_key = ''
  UNION SELECT lao_code, fiscal_year + 1 FROM ${rows} WHERE module = 'WASTE' AND subject_key = '' AND section = 'COLLECTION'`;

const ON_SECTIONS = `
CREATE FUNCTION waste_figures_on_sections() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM waste_refresh_figures(array_agg(k.l), array_agg(k.y)) FROM (${SECTION_KEYS('new_rows')}) k;
  ELSIF TG_OP = 'UPDATE' THEN
    PERFORM waste_refresh_figures(array_agg(k.l), array_agg(k.y)) FROM (${SECTION_KEYS('new_rows')} UNION ${SECTION_KEYS('old_rows')}) k;
  ELSE
    PERFORM waste_refresh_figures(array_agg(k.l), array_agg(k.y)) FROM (${SECTION_KEYS('old_rows')}) k;
  END IF;
  RETURN NULL;
END
$fn$`;

const USE_KEYS = (rows: string) => `SELECT lao_code AS l, fiscal_year::int AS y, site_id FROM ${rows}`;

const ON_USES = `
CREATE FUNCTION waste_figures_on_uses() RETURNS trigger LANGUAGE plpgsql AS $fn$
DECLARE
  v_lao bpchar[];
  v_year int[];
  v_sites uuid[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT array_agg(k.l), array_agg(k.y), array_agg(k.site_id) INTO v_lao, v_year, v_sites FROM (${USE_KEYS('new_rows')}) k;
  ELSIF TG_OP = 'UPDATE' THEN
    SELECT array_agg(k.l), array_agg(k.y), array_agg(k.site_id) INTO v_lao, v_year, v_sites FROM (${USE_KEYS('new_rows')} UNION ALL ${USE_KEYS('old_rows')}) k;
  ELSE
    SELECT array_agg(k.l), array_agg(k.y), array_agg(k.site_id) INTO v_lao, v_year, v_sites FROM (${USE_KEYS('old_rows')}) k;
  END IF;
  -- The sites first (see the migration's note): a site change in flight is waited for, so its method and place are read.
  PERFORM 1 FROM waste_disposal_site s WHERE s.id = ANY(v_sites) ORDER BY s.id FOR SHARE;
  PERFORM waste_refresh_figures(v_lao, v_year);
  RETURN NULL;
END
$fn$`;

/** Every LAO-year sending waste to a site whose method or place changed (a name or status changes no figure). */
const ON_SITES = `
CREATE FUNCTION waste_figures_on_sites() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  PERFORM waste_refresh_figures(array_agg(k.lao_code), array_agg(k.fiscal_year))
     FROM (SELECT DISTINCT u.lao_code, u.fiscal_year::int AS fiscal_year
             FROM new_rows nr JOIN old_rows o ON o.id = nr.id
             JOIN waste_disposal_use u ON u.site_id = nr.id
            WHERE (nr.method, nr.latitude, nr.longitude) IS DISTINCT FROM (o.method, o.latitude, o.longitude)) k;
  RETURN NULL;
END
$fn$`;

const TRIGGERS: [table: string, fn: string, events: ('INSERT' | 'UPDATE' | 'DELETE')[]][] = [
  ['catalogue_section', 'waste_figures_on_sections', ['INSERT', 'UPDATE', 'DELETE']],
  ['waste_disposal_use', 'waste_figures_on_uses', ['INSERT', 'UPDATE', 'DELETE']],
  ['waste_disposal_site', 'waste_figures_on_sites', ['UPDATE']],
];

const referencing = (event: string) =>
  event === 'INSERT' ? 'NEW TABLE AS new_rows' : event === 'DELETE' ? 'OLD TABLE AS old_rows' : 'NEW TABLE AS new_rows OLD TABLE AS old_rows';

export class WasteLaoFigures1797100000030 implements MigrationInterface {
  name = 'WasteLaoFigures1797100000030';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "${FIGURES}" (
      "fiscal_year" smallint NOT NULL, "lao_code" character(7) NOT NULL, "reported" boolean NOT NULL DEFAULT false,
      "pop" numeric, "served" numeric, "gen" numeric, "col" numeric, "rec" numeric, "rev" numeric, "cost" numeric,
      "p_pop" numeric, "p_gen" numeric, "p_col" numeric, "proper" numeric, "lat" numeric, "lon" numeric,
      CONSTRAINT "PK_${FIGURES}" PRIMARY KEY ("fiscal_year", "lao_code"),
      CONSTRAINT "FK_${FIGURES}_lao" FOREIGN KEY ("lao_code") REFERENCES "local_authority"("code") ON DELETE CASCADE)`);
    await queryRunner.query(REFRESH);
    await queryRunner.query(ON_SECTIONS);
    await queryRunner.query(ON_USES);
    await queryRunner.query(ON_SITES);
    // One trigger per event: PostgreSQL allows transition tables only on single-event triggers.
    for (const [table, fn, events] of TRIGGERS) {
      for (const event of events) {
        await queryRunner.query(
          `CREATE TRIGGER "${fn}_${event.toLowerCase()}" AFTER ${event} ON "${table}" REFERENCING ${referencing(event)} FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()`,
        );
      }
    }
    // Fills the figures from the data already there (a reused bench or demo database).
    await queryRunner.query(`SELECT waste_refresh_figures(array_agg(k.l), array_agg(k.y)) FROM (
        ${SECTION_KEYS('catalogue_section')}
        UNION SELECT lao_code, fiscal_year FROM waste_disposal_use) k`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const [table, fn, events] of TRIGGERS) {
      for (const event of events) await queryRunner.query(`DROP TRIGGER "${fn}_${event.toLowerCase()}" ON "${table}"`);
    }
    for (const fn of ['waste_figures_on_sites', 'waste_figures_on_uses', 'waste_figures_on_sections']) await queryRunner.query(`DROP FUNCTION ${fn}()`);
    await queryRunner.query(`DROP FUNCTION waste_refresh_figures(bpchar[], int[])`);
    await queryRunner.query(`DROP TABLE "${FIGURES}"`);
  }
}
