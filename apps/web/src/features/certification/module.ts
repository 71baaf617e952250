import type { CertificationModule } from '../../generated/graphql';

/** The modules whose LAOs certify their data here (ELE has no pages in the SPA yet). */
export type SubmissionModule = Extract<CertificationModule, 'INFO' | 'ESERVICE'>;

/** Where each module's pages live: {path}/lao/:laoCode, {path}/province/:provinceCode. */
export const MODULE_PATH: Record<SubmissionModule, string> = { INFO: '/info', ESERVICE: '/eservice' };
