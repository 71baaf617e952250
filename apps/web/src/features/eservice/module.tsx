import { lazy } from 'react';
import { landingMenu, type CertifiedModule } from '../certification/moduleKit';

/**
 * The e-Service survey (แบบสำรวจงานบริการ e-Service) in the app: the LAO's survey, the province's list, the
 * department's national report, and the right that administers its yearly cycle. Pages load when opened.
 */
export const eServiceModule: CertifiedModule = {
  module: 'ESERVICE',
  path: '/eservice',
  labelKey: 'es.title',
  menu: (user) => landingMenu(eServiceModule, user),
  routes: {
    lao: lazy(() => import('./EServiceLaoPage')),
    province: lazy(() => import('./EServiceProvincePage')),
    national: { path: 'report', page: lazy(() => import('./EServiceReportPage')) },
  },
  cycleRight: 'ADMINISTER',
};
