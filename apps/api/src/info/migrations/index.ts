import { InfoTables1795816579500 } from './1795816579500-InfoTables';
import { InfoCatalogueV11795816579600 } from './1795816579600-InfoCatalogueV1';

export const INFO_MIGRATIONS = [InfoTables1795816579500, InfoCatalogueV11795816579600];
