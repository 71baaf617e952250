/**
 * Who may do what. Levels and scopes come from the department's three-level model (seed 000); rights are per
 * module, so an LAO's recorder (ผู้บันทึก) and verifier (ผู้ตรวจสอบ) differ only in data, never in code.
 */
export const USER_LEVELS = ['DEPARTMENT', 'PROVINCE', 'LAO'] as const;
export type UserLevel = (typeof USER_LEVELS)[number];

/** Modules that certify per LAO per fiscal year (the partner contract's CertificationModule). */
export const CERTIFICATION_MODULES = ['INFO', 'ESERVICE', 'ELE', 'LEC', 'LHR', 'WELFARE', 'WASTE'] as const;
export type CertificationModule = (typeof CERTIFICATION_MODULES)[number];

/** Modules rights are granted on: the registry, the certifying modules, and account administration. */
export const PLATFORM_MODULES = ['REGISTRY', ...CERTIFICATION_MODULES, 'ACCOUNTS'] as const;
export type PlatformModule = (typeof PLATFORM_MODULES)[number];

/** PERSONAL_DATA on a module: its personal data unmasked within the user's scope (api-contract.md, "Access"). */
export const RIGHTS = ['VIEW', 'RECORD', 'CERTIFY', 'ADMINISTER', 'PERSONAL_DATA'] as const;
export type Right = (typeof RIGHTS)[number];

export type Rights = Partial<Record<PlatformModule, Right[]>>;

export const PLATFORM_MODULE_LABELS: Record<PlatformModule, { th: string; en: string }> = {
  REGISTRY: { th: 'ทะเบียน อปท.', en: 'LAO registry' },
  INFO: { th: 'ระบบข้อมูลกลาง อปท. (INFO)', en: 'LAO central database (INFO)' },
  ESERVICE: { th: 'แบบสำรวจงานบริการ e-Service', en: 'e-Service survey' },
  ELE: { th: 'ศูนย์ข้อมูลการเลือกตั้งท้องถิ่น (ELE)', en: 'Local elections (ELE)' },
  LEC: { th: 'ระบบสารสนเทศการศึกษาท้องถิ่น (LEC)', en: 'Local education (LEC)' },
  LHR: { th: 'ระบบบุคลากรท้องถิ่น (LHR)', en: 'Local personnel (LHR)' },
  WELFARE: { th: 'ระบบเบี้ยยังชีพ (Welfare)', en: 'Welfare allowances' },
  WASTE: { th: 'ระบบข้อมูลขยะมูลฝอย (Waste)', en: 'Solid waste (Waste)' },
  ACCOUNTS: { th: 'ผู้ใช้และกุญแจ API', en: 'Users and API keys' },
};

export const RIGHT_LABELS: Record<Right, { th: string; en: string }> = {
  VIEW: { th: 'ดูข้อมูล', en: 'View' },
  RECORD: { th: 'บันทึกข้อมูล', en: 'Record' },
  CERTIFY: { th: 'รับรองข้อมูล', en: 'Certify' },
  ADMINISTER: { th: 'ผู้ดูแลระบบ', en: 'Administer' },
  PERSONAL_DATA: { th: 'ดูข้อมูลส่วนบุคคล', en: 'Personal data' },
};

/** Modules holding personal data: Welfare and LHR (persons), the registry (INFO administrators' phone numbers). */
export const PERSONAL_DATA_MODULES = ['REGISTRY', 'WELFARE', 'LHR'] as const satisfies readonly PlatformModule[];

/** Modules a partner key may read: every module but the administration of users and keys. */
export const API_KEY_MODULES = PLATFORM_MODULES.filter((m) => m !== 'ACCOUNTS') as Exclude<PlatformModule, 'ACCOUNTS'>[];

/** What an API key may be given: VIEW only. Left out, a key reads the registry, INFO, e-Service and Waste. */
export const API_KEY_DEFAULT_MODULES = ['REGISTRY', 'INFO', 'ESERVICE', 'WASTE'] as const satisfies readonly PlatformModule[];

export function hasRight(rights: Rights, module: PlatformModule, right: Right): boolean {
  return rights[module]?.includes(right) ?? false;
}

/** Modules a user may open at all (any right on them), in menu order. */
export function visibleModules(rights: Rights): PlatformModule[] {
  return PLATFORM_MODULES.filter((m) => (rights[m]?.length ?? 0) > 0);
}

/**
 * The rights a new account gets at each level unless the administrator chooses otherwise: an LAO records and
 * certifies its own data, a province views and certifies its LAOs, the department does everything.
 */
export function defaultRights(level: UserLevel): Rights {
  const all: Right[] = ['VIEW', 'RECORD', 'CERTIFY'];
  const rights: Rights = { REGISTRY: ['VIEW', 'RECORD'] };
  for (const m of CERTIFICATION_MODULES) {
    rights[m] = level === 'PROVINCE' ? ['VIEW', 'CERTIFY'] : [...all];
  }
  if (level === 'DEPARTMENT') {
    for (const m of PLATFORM_MODULES) rights[m] = [...RIGHTS];
  }
  // LAOs see their own people's data; provinces check masked lists and aggregates unless an administrator grants it.
  if (level === 'LAO') for (const m of PERSONAL_DATA_MODULES) rights[m] = [...(rights[m] ?? []), 'PERSONAL_DATA'];
  return rights;
}

/** Scope codes: a province is two digits, an LAO seven, the department has none. */
export function scopeCodePattern(level: UserLevel): RegExp | null {
  if (level === 'PROVINCE') return /^\d{2}$/;
  if (level === 'LAO') return /^\d{7}$/;
  return null;
}
