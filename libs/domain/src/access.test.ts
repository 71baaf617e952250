import { CERTIFICATION_MODULES, defaultRights, hasRight, PLATFORM_MODULES, RIGHTS, type Rights, scopeCodePattern, visibleModules } from './access';

describe('rights', () => {
  it('grants a right only where it is listed for that module', () => {
    const rights: Rights = { INFO: ['VIEW', 'CERTIFY'], ESERVICE: [] };
    expect(hasRight(rights, 'INFO', 'CERTIFY')).toBe(true);
    expect(hasRight(rights, 'INFO', 'RECORD')).toBe(false);
    expect(hasRight(rights, 'ESERVICE', 'VIEW')).toBe(false);
    expect(hasRight(rights, 'WASTE', 'VIEW')).toBe(false);
  });

  it('shows the modules with any right, in menu order, and hides the rest', () => {
    expect(visibleModules({ WASTE: ['VIEW'], INFO: ['RECORD'], ESERVICE: [], ACCOUNTS: ['ADMINISTER'] })).toEqual(['INFO', 'WASTE', 'ACCOUNTS']);
    expect(visibleModules({})).toEqual([]);
    expect(visibleModules(defaultRights('DEPARTMENT'))).toEqual([...PLATFORM_MODULES]);
  });
});

describe('default rights of a new account', () => {
  it('lets an LAO view and record the registry and record and certify every module, but not administer', () => {
    const rights = defaultRights('LAO');
    expect(rights.REGISTRY).toEqual(['VIEW', 'RECORD', 'PERSONAL_DATA']);
    for (const m of CERTIFICATION_MODULES) {
      expect(rights[m]).toEqual(m === 'WELFARE' || m === 'LHR' ? ['VIEW', 'RECORD', 'CERTIFY', 'PERSONAL_DATA'] : ['VIEW', 'RECORD', 'CERTIFY']);
    }
    expect(rights.ACCOUNTS).toBeUndefined();
    expect(visibleModules(rights)).toEqual(['REGISTRY', ...CERTIFICATION_MODULES]);
  });

  it('lets a province view and certify its LAOs\' data, not record it', () => {
    const rights = defaultRights('PROVINCE');
    expect(rights.REGISTRY).toEqual(['VIEW', 'RECORD']);
    for (const m of CERTIFICATION_MODULES) expect(rights[m]).toEqual(['VIEW', 'CERTIFY']);
    expect(rights.ACCOUNTS).toBeUndefined();
    expect(PLATFORM_MODULES.filter((m) => hasRight(rights, m, 'PERSONAL_DATA'))).toEqual([]);
  });

  it('lets the department do everything everywhere', () => {
    const rights = defaultRights('DEPARTMENT');
    for (const m of PLATFORM_MODULES) expect(rights[m]).toEqual([...RIGHTS]);
    expect(RIGHTS).toContain('ADMINISTER');
  });

  it('gives each module its own list, so changing one account\'s rights never changes another module\'s', () => {
    const rights = defaultRights('LAO');
    rights.INFO!.push('ADMINISTER');
    expect(rights.ESERVICE).toEqual(['VIEW', 'RECORD', 'CERTIFY']);
    expect(defaultRights('LAO').INFO).toEqual(['VIEW', 'RECORD', 'CERTIFY']);
  });
});

describe('scope codes', () => {
  it('are two digits for a province, seven for an LAO, none for the department', () => {
    const province = scopeCodePattern('PROVINCE')!;
    expect(province.test('10')).toBe(true);
    for (const bad of ['1', '101', 'a1', '1a', ' 10']) expect(province.test(bad)).toBe(false);
    const lao = scopeCodePattern('LAO')!;
    expect(lao.test('5100101')).toBe(true);
    for (const bad of ['510010', '51001011', 'x5100101', '5100101x', '10']) expect(lao.test(bad)).toBe(false);
    expect(scopeCodePattern('DEPARTMENT')).toBeNull();
  });
});
