import {
  type CertificationModule,
  defaultRights,
  type DisposalMethod,
  fiscalYearOf,
  type InfoAdminInput,
  LAO_CODE_KIND_DIGIT,
  LAO_TYPE_LABELS,
  API_KEY_MODULES,
  type PlatformModule,
  type LaoType,
  type Rights,
  type SiteStatus,
  type UserLevel,
} from '@lao/domain';
import { newApiKey } from '../auth/api-keys';
import { hashPassword } from '../auth/passwords';
import type { TestApp } from './test-app';

/**
 * Small factories for integration tests on the empty template (migrations only: provinces, districts, catalogues).
 * Each test case makes the LAOs, accounts and cycles it needs, so no case depends on another's rows:
 *
 *   const make = factories(sut);
 *   const lao = await make.lao({ provinceCode: '50' });
 *   const official = await make.laoUser(lao.code);
 *   await sut.gql(query, variables, { token: official.token });
 *
 * Codes, names, usernames and fiscal years are unique per database (per TestApp), however many times
 * factories(sut) is called.
 */

export interface LaoOptions {
  /** Default '12' (นนทบุรี), or the province of `districtCode` when that is given. */
  provinceCode?: string;
  /** Default: the province's first district. */
  districtCode?: string;
  /** Default 'SAO'. */
  type?: LaoType;
  /** Default: a unique name of the type's kind, e.g. องค์การบริหารส่วนตำบลทดสอบ3. */
  nameTh?: string;
  nameEn?: string;
  website?: string | null;
  infoAdmins?: InfoAdminInput[];
}

export interface MadeLao {
  code: string;
  provinceCode: string;
  districtCode: string;
  type: LaoType;
  nameTh: string;
  nameEn: string;
}

export interface UserOptions {
  level: UserLevel;
  /** The province (2 digits) or LAO (7 digits) code; ignored for the department. */
  scopeCode?: string | null;
  /** Default: defaultRights(level), as an administrator creating the account would get. */
  rights?: Rights;
  username?: string;
  password?: string;
}

export interface MadeUser {
  id: string;
  username: string;
  password: string;
  /** A bearer token from the real login mutation. */
  token: string;
}

export interface MadeApiKey {
  id: string;
  /** The key as a partner sends it in x-api-key. */
  key: string;
}

/** `openCertificationCycle`'s input; fields beyond these (e.g. `windows`) are passed through as given. */
export interface CycleOptions {
  module: CertificationModule;
  fiscalYear: number;
  /** Default: 30 days from now. */
  deadline?: Date;
  [field: string]: unknown;
}

export interface MadeCycle {
  module: CertificationModule;
  fiscalYear: number;
  /** ISO date-time, as the API answers it. */
  deadline: string;
}

/** A Waste disposal site's columns; every one has a default but its operator. */
export interface DisposalSiteOptions {
  operatorLaoCode: string;
  /** Default: a unique name, e.g. สถานที่กำจัดขยะทดสอบ4. */
  nameTh?: string;
  /** Default 'SANITARY_LANDFILL'. */
  method?: DisposalMethod;
  /** Default 'OPERATING'. */
  status?: SiteStatus;
  /** Default 13.85, 100.52 (นนทบุรี). */
  latitude?: number;
  longitude?: number;
  capacityTonnesPerDay?: number | null;
}

export interface MadeDisposalSite {
  id: string;
  operatorLaoCode: string;
  nameTh: string;
  method: DisposalMethod;
  status: SiteStatus;
}

export interface Factories {
  lao(opts?: LaoOptions): Promise<MadeLao>;
  user(opts: UserOptions): Promise<MadeUser>;
  laoUser(laoCode: string, rights?: Rights): Promise<MadeUser>;
  provinceUser(provinceCode: string, rights?: Rights): Promise<MadeUser>;
  departmentUser(rights?: Rights): Promise<MadeUser>;
  /** A partner key: VIEW on `modules` (default: every module a key may read), optionally one province and an expiry. */
  apiKey(opts?: { name?: string; modules?: PlatformModule[]; provinceCode?: string | null; expiresAt?: Date | null }): Promise<MadeApiKey>;
  /** Opens (or moves) the department's cycle through the real mutation, as a department user made once per file. */
  cycle(opts: CycleOptions): Promise<MadeCycle>;
  /**
   * A fiscal year (BE) not handed out before in this database: the current one, then the next, … Only the years
   * around today can have a window open now (windows lie within their fiscal year ±1), so a case that needs an open
   * cycle of its own takes the current year ±1, not the third year handed out.
   */
  fiscalYear(): number;
  /** A Waste disposal site, written straight into its table (not through saveDisposalSite). */
  disposalSite(opts: DisposalSiteOptions): Promise<MadeDisposalSite>;
}

const LEVEL_PREFIX: Record<UserLevel, string> = { DEPARTMENT: 'dept', PROVINCE: 'prov', LAO: 'lao' };

interface State {
  serial: number;
  /** Last running number used per code prefix (kind, province, district). */
  laoNumbers: Map<string, number>;
  nextFiscalYear: number | null;
  department: Promise<MadeUser> | null;
}

const states = new WeakMap<TestApp, State>();

export function factories(sut: TestApp): Factories {
  let state = states.get(sut);
  if (!state) {
    state = { serial: 0, laoNumbers: new Map(), nextFiscalYear: null, department: null };
    states.set(sut, state);
  }
  const s = state;

  const firstDistrict = async (provinceCode: string): Promise<string> => {
    const rows: { code: string }[] = await sut.db.query(
      `SELECT code FROM district WHERE province_code = $1 ORDER BY code LIMIT 1`,
      [provinceCode],
    );
    if (!rows[0]) throw new Error(`make.lao: province ${provinceCode} has no district (unknown province?)`);
    return rows[0].code;
  };

  const make: Factories = {
    async lao(opts = {}) {
      const type = opts.type ?? 'SAO';
      const provinceCode = opts.provinceCode ?? opts.districtCode?.slice(0, 2) ?? '12';
      const districtCode = opts.districtCode ?? (await firstDistrict(provinceCode));
      if (!districtCode.startsWith(provinceCode)) {
        throw new Error(`make.lao: district ${districtCode} is not in province ${provinceCode}`);
      }
      const n = ++s.serial;
      const nameTh = opts.nameTh ?? `${LAO_TYPE_LABELS[type].th}ทดสอบ${n}`;
      const nameEn = opts.nameEn ?? `Test ${n} ${LAO_TYPE_LABELS[type].en}`;
      const prefix = `${LAO_CODE_KIND_DIGIT[type]}${provinceCode}${districtCode.slice(2, 4)}`;
      // The running number is taken synchronously, so factories called in parallel never pick the same one; a
      // code already in the database (made some other way) is skipped.
      for (;;) {
        const next = (s.laoNumbers.get(prefix) ?? 0) + 1;
        if (next > 99) throw new Error(`make.lao: all 99 codes ${prefix}01–99 are taken; give another districtCode`);
        s.laoNumbers.set(prefix, next);
        const code = `${prefix}${String(next).padStart(2, '0')}`;
        const inserted: { code: string }[] = await sut.db.query(
          `INSERT INTO local_authority (code, name_th, name_en, type, province_code, district_code, website, info_admins)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb)
           ON CONFLICT (code) DO NOTHING RETURNING code`,
          [code, nameTh, nameEn, type, provinceCode, districtCode, opts.website ?? null, JSON.stringify(opts.infoAdmins ?? [])],
        );
        if (inserted.length) return { code, provinceCode, districtCode, type, nameTh, nameEn };
      }
    },

    async user(opts) {
      const n = ++s.serial;
      const scopeCode = opts.level === 'DEPARTMENT' ? null : (opts.scopeCode ?? null);
      if (opts.level !== 'DEPARTMENT' && !scopeCode) throw new Error(`make.user: a ${opts.level} account needs a scopeCode`);
      const username = opts.username ?? [LEVEL_PREFIX[opts.level], scopeCode, `t${n}`].filter(Boolean).join('.');
      const password = opts.password ?? `test-password-${n}`;
      const rows: { id: string }[] = await sut.db.query(
        `INSERT INTO app_user (username, display_name, password_hash, level, scope_code, rights)
         VALUES ($1, $2, $3, $4, $5, $6::jsonb) RETURNING id`,
        [username, `ผู้ทดสอบ ${n}`, await hashPassword(password), opts.level, scopeCode, JSON.stringify(opts.rights ?? defaultRights(opts.level))],
      );
      return { id: rows[0]!.id, username, password, token: await sut.login(username, password) };
    },

    laoUser: (laoCode, rights) => make.user({ level: 'LAO', scopeCode: laoCode, rights }),
    provinceUser: (provinceCode, rights) => make.user({ level: 'PROVINCE', scopeCode: provinceCode, rights }),
    departmentUser: (rights) => make.user({ level: 'DEPARTMENT', rights }),

    async apiKey(opts = {}) {
      const n = ++s.serial;
      const { key, prefix, hash } = newApiKey();
      const rights = Object.fromEntries((opts.modules ?? API_KEY_MODULES).map((m) => [m, ['VIEW']]));
      const rows: { id: string }[] = await sut.db.query(
        `INSERT INTO api_key (name, key_prefix, key_hash, created_by, rights, province_code, expires_at) VALUES ($1, $2, $3, 'test', $4::jsonb, $5, $6) RETURNING id`,
        [opts.name ?? `หน่วยงานพันธมิตรทดสอบ ${n}`, prefix, hash, JSON.stringify(rights), opts.provinceCode ?? null, opts.expiresAt ?? null],
      );
      return { id: rows[0]!.id, key };
    },

    async cycle({ deadline = new Date(Date.now() + 30 * 24 * 3600_000), ...input }) {
      s.department ??= make.departmentUser();
      const { token } = await s.department;
      const res = await sut.gql<{ openCertificationCycle: MadeCycle }>(
        `mutation($input: OpenCertificationCycleInput!) { openCertificationCycle(input: $input) { module fiscalYear deadline } }`,
        { input: { ...input, deadline: deadline.toISOString() } },
        { token },
      );
      if (!res.data?.openCertificationCycle) {
        throw new Error(`make.cycle ${input.module} ${input.fiscalYear} failed: ${JSON.stringify(res.errors)}`);
      }
      return res.data.openCertificationCycle;
    },

    fiscalYear() {
      s.nextFiscalYear ??= fiscalYearOf(new Date());
      return s.nextFiscalYear++;
    },

    async disposalSite(opts) {
      const n = ++s.serial;
      const site = { nameTh: `สถานที่กำจัดขยะทดสอบ${n}`, method: 'SANITARY_LANDFILL' as const, status: 'OPERATING' as const, ...opts };
      const rows: { id: string }[] = await sut.db.query(
        `INSERT INTO waste_disposal_site (operator_lao_code, name_th, method, status, latitude, longitude, capacity_tonnes_per_day, updated_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, 'test') RETURNING id`,
        [site.operatorLaoCode, site.nameTh, site.method, site.status, opts.latitude ?? 13.85, opts.longitude ?? 100.52, opts.capacityTonnesPerDay ?? null],
      );
      return { id: rows[0]!.id, operatorLaoCode: site.operatorLaoCode, nameTh: site.nameTh, method: site.method, status: site.status };
    },
  };
  return make;
}
