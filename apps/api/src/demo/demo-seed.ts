import { createHash } from 'node:crypto';
import { API_KEY_MODULES, defaultRights, RIGHTS, PLATFORM_MODULES, type Rights } from '@lao/domain';
import { thaiGeography } from '../registry/thai-geography';
import type { DataSource, EntityManager } from 'typeorm';
import { hashApiKey } from '../auth/api-keys';
import { hashPassword } from '../auth/passwords';
import { toDefinition, type IndicatorRow } from '../catalogue/catalogue.service';
import { type EServiceDemoOptions, seedEServiceDemo } from './eservice-demo';
import { DEMO_PAST_YEARS, type InfoDemoOptions, seedInfoDemo } from './info-demo';
import { type GeneratedLao, generateLaos } from './lao-generator';
import { seedWasteDemo, type WasteDemoOptions } from './waste-demo';
import { seedWelfareDemo, type WelfareDemoOptions, type WelfareDemoSummary } from './welfare-demo';

export const DEMO_PASSWORD = 'demo1234';
export const DEMO_API_KEY = 'demo-partner-key';

const FIRST_NAMES = ['สมชาย', 'สมศรี', 'วิไลวรรณ', 'ประเสริฐ', 'กาญจนา', 'สุรชัย', 'นงลักษณ์', 'อนุชา', 'พรทิพย์', 'ธนากร', 'จันทร์เพ็ญ', 'ชัยวัฒน์'];
const LAST_NAMES = ['ใจดี', 'ศรีสุข', 'บุญมา', 'แก้วมณี', 'ทองดี', 'พรหมวงศ์', 'สุขเจริญ', 'วงศ์ไทย', 'มีสุข', 'รัตนพันธ์'];
const POSITIONS = ['นักวิชาการคอมพิวเตอร์', 'เจ้าพนักงานธุรการ', 'นักจัดการงานทั่วไป', 'นักวิเคราะห์นโยบายและแผน', 'ปลัด อบต.'];

/** Contacts as the registry really looks: most LAOs have a .go.th website and one or two INFO administrators. */
function demoContacts(lao: GeneratedLao): { website: string | null; infoAdmins: { name: string; position: string; phone: string }[] } {
  const h = createHash('sha1').update(lao.code).digest();
  const pick = <T>(list: T[], byte: number) => list[h[byte]! % list.length]!;
  const slug = lao.nameEn
    .toLowerCase()
    .replace(/ (subdistrict administrative organization|subdistrict municipality|town municipality|city municipality|provincial administrative organization)$/, '')
    .replace(/[^a-z]+/g, '');
  const prefix = { SAO: 'sao', SUBDISTRICT_MUNICIPALITY: 'tambon', TOWN_MUNICIPALITY: 'town', CITY_MUNICIPALITY: 'city', PAO: 'pao', BANGKOK: '', PATTAYA: '' }[lao.type];
  const website = h[0]! % 10 < 8 ? `https://www.${prefix}${slug || lao.code}.go.th` : null;
  const count = h[1]! % 10 < 6 ? 1 : h[1]! % 10 < 8 ? 2 : 0;
  const infoAdmins = Array.from({ length: count }, (_, i) => ({
    name: `${pick(FIRST_NAMES, 2 + i)} ${pick(LAST_NAMES, 4 + i)}`,
    position: pick(POSITIONS, 6 + i),
    phone: `0${8 + (h[8 + i]! % 2)}${String(h.readUInt32BE(10 + i * 4) % 100_000_000).padStart(8, '0')}`,
  }));
  return { website, infoAdmins };
}

/**
 * What the demo seed varies. `pnpm start` uses none of it; the performance harness (bench/dataset.mjs) asks for a
 * national-scale dataset (more years, e-Service every year) or a few provinces' LAOs only (its quick mode).
 */
export interface DemoSeedOptions {
  /** Only the LAOs of these provinces (default: the whole country). */
  provinceCodes?: readonly string[];
  info?: InfoDemoOptions;
  eservice?: EServiceDemoOptions;
  /** Waste's past years default to INFO's. */
  waste?: WasteDemoOptions;
  /** Welfare's provinces default to WELFARE_DEMO_PROVINCES, its past years to INFO's. */
  welfare?: WelfareDemoOptions;
  /** The open fiscal year is the one of this date (default: now). */
  now?: Date;
  /**
   * The bench's national build (bench/dataset.mjs): the registry in a transaction of its own, then INFO, e-Service and
   * Waste in one and Welfare in another at once, on two connections, so both cores work. Not all-or-nothing: a failure
   * leaves the registry and perhaps a module; the bench then builds again from an empty database (its marker row is
   * written only after). `pnpm start` keeps the default: everything in one transaction.
   */
  concurrent?: boolean;
}

/**
 * Demo mode's data, once: the generated LAO registry with contacts, an account for the department, every province
 * and every LAO (password demo1234), and the read-only partner key. Real provinces and districts come from a
 * migration, in every mode. Runs in one transaction; a second start finds the data and does nothing.
 */
export async function seedDemoData(
  db: DataSource,
  log: (line: string) => void = () => undefined,
  options: DemoSeedOptions = {},
): Promise<boolean> {
  const [{ n }] = (await db.query(`SELECT count(*)::int AS n FROM local_authority`)) as [{ n: number }];
  if (n > 0) return false;
  const started = Date.now();
  const provinceCodes = options.provinceCodes ? new Set(options.provinceCodes) : null;
  const geography = await thaiGeography();
  const laos = generateLaos(geography).filter((l) => !provinceCodes || provinceCodes.has(l.provinceCode));
  const now = options.now ?? new Date();
  // One argon2id hash shared by every demo account: hashing 7,900 passwords one by one would take minutes, and
  // these accounts exist only in demo mode, all with the same published password.
  const demoHash = await hashPassword(DEMO_PASSWORD);
  const departmentRights: Rights = Object.fromEntries(PLATFORM_MODULES.map((m) => [m, [...RIGHTS]]));

  let info: Awaited<ReturnType<typeof seedInfoDemo>> | undefined;
  let eservice: Awaited<ReturnType<typeof seedEServiceDemo>> | undefined;
  let waste: Awaited<ReturnType<typeof seedWasteDemo>> | undefined;
  let wasteMs = 0;
  let welfare: WelfareDemoSummary | undefined;
  let welfareMs = 0;
  const registry = async (manager: EntityManager) => {
    const contacts = laos.map(demoContacts);
    await manager.query(
      `INSERT INTO local_authority (code, name_th, name_en, type, province_code, district_code, website, info_admins, updated_by)
       SELECT code, name_th, name_en, type, province_code, district_code, website, info_admins::jsonb, 'demo'
         FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[])
              AS t(code, name_th, name_en, type, province_code, district_code, website, info_admins)`,
      [
        laos.map((l) => l.code),
        laos.map((l) => l.nameTh),
        laos.map((l) => l.nameEn),
        laos.map((l) => l.type),
        laos.map((l) => l.provinceCode),
        laos.map((l) => l.districtCode),
        contacts.map((c) => c.website),
        contacts.map((c) => JSON.stringify(c.infoAdmins)),
      ],
    );
    const provinces: { code: string; name_th: string }[] = await manager.query(`SELECT code, name_th FROM province ORDER BY code`);
    const users = [
      { username: 'admin', displayName: 'ผู้ดูแลระบบ ศส. กรมส่งเสริมการปกครองท้องถิ่น', level: 'DEPARTMENT', scope: null, rights: departmentRights },
      ...provinces.map((p) => ({
        username: `prov.${p.code}`,
        displayName: `สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัด${p.name_th}`,
        level: 'PROVINCE',
        scope: p.code,
        rights: defaultRights('PROVINCE'),
      })),
      ...laos.map((l) => ({
        username: `lao.${l.code}`,
        displayName: `เจ้าหน้าที่ ${l.nameTh}`,
        level: 'LAO',
        scope: l.code,
        rights: defaultRights('LAO'),
      })),
    ];
    await manager.query(
      `INSERT INTO app_user (username, display_name, password_hash, level, scope_code, rights)
       SELECT username, display_name, $6, level, scope_code, rights::jsonb
         FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[])
              AS t(username, display_name, level, scope_code, rights)`,
      [
        users.map((u) => u.username),
        users.map((u) => u.displayName),
        users.map((u) => u.level),
        users.map((u) => u.scope),
        users.map((u) => JSON.stringify(u.rights)),
        demoHash,
      ],
    );
    await manager.query(
      `INSERT INTO api_key (name, key_prefix, key_hash, created_by, rights) VALUES ($1, $2, $3, 'demo', $4::jsonb)`,
      // The demo partner reads every module nationwide (api-contract.md), never personal data.
      ['หน่วยงานพันธมิตรตัวอย่าง (demo)', DEMO_API_KEY.slice(0, 12), hashApiKey(DEMO_API_KEY), JSON.stringify(Object.fromEntries(API_KEY_MODULES.map((m) => [m, ['VIEW']])))],
    );
    const catalogue = ((await manager.query(`SELECT * FROM catalogue_indicator WHERE module IN ('INFO', 'WASTE')`)) as IndicatorRow[]).map(toDefinition);
    return (module: 'INFO' | 'WASTE') => (fiscalYear: number) =>
      catalogue.filter((i) => i.module === module && i.firstYear <= fiscalYear && (i.lastYear === null || i.lastYear >= fiscalYear));
  };
  const modules = async (manager: EntityManager, catalogueFor: Awaited<ReturnType<typeof registry>>) => {
    info = await seedInfoDemo(manager, laos, catalogueFor('INFO'), now, options.info);
    eservice = await seedEServiceDemo(manager, laos, now, options.eservice);
    const wasteStarted = Date.now();
    waste = await seedWasteDemo(manager, laos, catalogueFor('WASTE'), now, { pastYears: options.info?.pastYears, ...options.waste });
    wasteMs = Date.now() - wasteStarted;
  };
  const welfareModule = async (manager: EntityManager) => {
    const welfareStarted = Date.now();
    welfare = await seedWelfareDemo(manager, laos, now, { pastYears: options.info?.pastYears, geography, ...options.welfare });
    welfareMs = Date.now() - welfareStarted;
  };
  if (options.concurrent) {
    const catalogueFor = await db.transaction(registry);
    // Welfare's bulk load waits (its foreign keys to local_authority) until the other transaction commits: its
    // registry generation, the longest step, runs beside INFO, e-Service and Waste. Both settle before any error is thrown.
    const results = await Promise.allSettled([db.transaction((m) => modules(m, catalogueFor)), db.transaction(welfareModule)]);
    const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failed) throw failed.reason;
  } else {
    await db.transaction(async (manager) => {
      await modules(manager, await registry(manager));
      await welfareModule(manager);
    });
  }
  log(
    `Demo data: ${laos.length} LAOs, ${laos.length + 78} accounts, ${info?.values ?? 0} INFO values over ${(options.info?.pastYears ?? DEMO_PAST_YEARS) + 1} fiscal years, ` +
      `${eservice?.answers ?? 0} e-Service answers ` +
      `in ${Date.now() - started} ms.` +
      (info?.waitingProvince ? ` Province ${info.waitingProvince} waits only on LAO ${info.lastLao} to certify its INFO.` : ''),
  );
  if (waste?.reports) {
    const pct = (share: number | null) => (share === null ? '–' : `${Math.round(share * 100)} %`);
    log(
      `Demo Waste: ${waste.reports} reports, ${waste.sites} disposal sites, ${waste.uses} disposal uses in ${wasteMs} ms; ` +
        `FY ${waste.fiscalYear}: ${waste.kgPerPersonPerDay?.toFixed(2) ?? '–'} kg/person/day, ${pct(waste.properOfCollected)} of collected waste ` +
        `properly disposed (${pct(waste.properOfGenerated)} of generated), ${pct(waste.recyclingRate)} recovered; ` +
        `${waste.openYearWarnings} open-year reports with warnings` +
        (waste.readyProvinces.length ? `; province ${waste.readyProvinces.join(', ')} may confirm all its LAOs' Waste.` : '.'),
    );
  }
  if (welfare?.enrolments) {
    log(
      `Demo Welfare: ${welfare.enrolments} enrolments of ${welfare.people} people in province ${welfare.provinces.join(', ')} ` +
        `in ${welfareMs} ms (past years certified with their frozen figures).`,
    );
  }
  return true;
}
