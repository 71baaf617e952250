import { CertificationTables1795816579156 } from './1795816579156-CertificationTables';

export const CERTIFICATION_MIGRATIONS = [CertificationTables1795816579156];
