import { lazy } from 'react';
import { landingMenu, type CertifiedModule } from '../certification/moduleKit';

/**
 * Waste (ระบบสารสนเทศด้านการจัดการขยะมูลฝอยของ อปท.) in the app: the LAO's yearly report, the province's list with its
 * figures and map, the department's national map, and the right that administers its yearly cycle. The pages (forms,
 * maps, exports) load when the module is opened.
 */
export const wasteModule: CertifiedModule = {
  module: 'WASTE',
  path: '/waste',
  labelKey: 'waste.module',
  menu: (user) => landingMenu(wasteModule, user),
  routes: {
    lao: lazy(() => import('./LaoWastePage')),
    province: lazy(() => import('./ProvinceWastePage')),
    national: { path: 'national', page: lazy(() => import('./NationalWastePage')) },
  },
  cycleRight: 'ADMINISTER',
};
