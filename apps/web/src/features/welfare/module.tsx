import { lazy } from 'react';
import { landingMenu, type CertifiedModule } from '../certification/moduleKit';

/**
 * Welfare (ระบบสารสนเทศการจัดการฐานข้อมูลเบี้ยยังชีพ) in the app: the LAO's registry with its year's certification,
 * registering a person, one person's page, the month's payment list, the province's list and summary, and the
 * department's national summary. Personal data (PDPA): the API masks what a caller may not see; the pages show what
 * it answers. The pages load when the module is opened.
 */
export const welfareModule: CertifiedModule = {
  module: 'WELFARE',
  path: '/welfare',
  labelKey: 'welfare.module',
  menu: (user) => landingMenu(welfareModule, user),
  routes: {
    lao: lazy(() => import('./WelfareLaoPage')),
    province: lazy(() => import('./WelfareProvincePage')),
    national: { path: 'national', page: lazy(() => import('./WelfareNationalPage')) },
    more: [
      { path: 'lao/:laoCode/register', page: lazy(() => import('./RegisterPage')) },
      { path: 'lao/:laoCode/person/:id', page: lazy(() => import('./PersonPage')) },
      { path: 'lao/:laoCode/payments', page: lazy(() => import('./PaymentsPage')) },
    ],
  },
  cycleRight: 'ADMINISTER',
};

/** The addresses of the module's own pages. */
export const welfarePaths = {
  lao: (laoCode: string) => `/welfare/lao/${laoCode}`,
  register: (laoCode: string) => `/welfare/lao/${laoCode}/register`,
  person: (laoCode: string, id: string) => `/welfare/lao/${laoCode}/person/${id}`,
  payments: (laoCode: string) => `/welfare/lao/${laoCode}/payments`,
};
