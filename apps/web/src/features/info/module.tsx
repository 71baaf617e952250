import { lazy } from 'react';
import { landingMenu, type CertifiedModule } from '../certification/moduleKit';

/**
 * INFO (ระบบข้อมูลกลาง อปท.) in the app: its pages, its menu entry and the right that administers its yearly cycle.
 * The pages (forms, charts, exports) load when the module is opened.
 */
export const infoModule: CertifiedModule = {
  module: 'INFO',
  path: '/info',
  labelKey: 'infoCommon.module',
  menu: (user) => landingMenu(infoModule, user),
  routes: {
    lao: lazy(() => import('./LaoInfoPage')),
    province: lazy(() => import('./ProvinceInfoPage')),
    national: { path: 'national', page: lazy(() => import('./NationalInfoPage')) },
    // The whole 8-domain profile for paper: /info/lao/:laoCode/print?year=
    more: [{ path: 'lao/:laoCode/print', page: lazy(() => import('./InfoPrintPage')) }],
  },
  cycleRight: 'ADMINISTER',
};
