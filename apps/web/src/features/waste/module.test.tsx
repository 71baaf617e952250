import { defaultRights } from '@lao/domain';
import { MODULES } from '../../app/modules';
import { wasteModule } from './module';

describe('Waste in the module list', () => {
  it('is served after INFO, with its national page at /waste/national', () => {
    expect(MODULES.map((m) => m.module).indexOf('WASTE')).toBe(MODULES.map((m) => m.module).indexOf('INFO') + 1);
    expect(wasteModule).toMatchObject({ module: 'WASTE', path: '/waste', cycleRight: 'ADMINISTER' });
    expect(wasteModule.routes.national.path).toBe('national');
  });

  it('opens each level’s own page: the LAO’s report, the province’s list, the national map', () => {
    expect(wasteModule.menu({ level: 'LAO', scopeCode: '7400101', rights: defaultRights('LAO') })).toEqual([{ to: '/waste/lao/7400101', labelKey: 'waste.module' }]);
    expect(wasteModule.menu({ level: 'PROVINCE', scopeCode: '74', rights: defaultRights('PROVINCE') })).toEqual([{ to: '/waste/province/74', labelKey: 'waste.module' }]);
    expect(wasteModule.menu({ level: 'DEPARTMENT', scopeCode: null, rights: defaultRights('DEPARTMENT') })).toEqual([{ to: '/waste/national', labelKey: 'waste.module' }]);
  });

  it('has no entry without a right on WASTE', () => {
    expect(wasteModule.menu({ level: 'LAO', scopeCode: '7400101', rights: { REGISTRY: ['VIEW'], INFO: ['VIEW'] } })).toEqual([]);
  });
});
