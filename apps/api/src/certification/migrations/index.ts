import { CertificationTables1795816579156 } from './1795816579156-CertificationTables';
import { EntryWindows1796100000100 } from './1796100000100-EntryWindows';

export const CERTIFICATION_MIGRATIONS = [CertificationTables1795816579156, EntryWindows1796100000100];
