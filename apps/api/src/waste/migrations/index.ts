import { WasteTables1796300000000 } from './1796300000000-WasteTables';
import { WasteCatalogueV11796300000100 } from './1796300000100-WasteCatalogueV1';

export const WASTE_MIGRATIONS = [WasteTables1796300000000, WasteCatalogueV11796300000100];
