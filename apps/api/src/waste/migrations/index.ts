import { WasteTables1796300000000 } from './1796300000000-WasteTables';
import { WasteCatalogueV11796300000100 } from './1796300000100-WasteCatalogueV1';
import { WasteLaoFigures1797100000030 } from './1797100000030-WasteLaoFigures';
import { WasteProvinceRollup1797100000050 } from './1797100000050-WasteProvinceRollup';

export const WASTE_MIGRATIONS = [WasteTables1796300000000, WasteCatalogueV11796300000100, WasteLaoFigures1797100000030, WasteProvinceRollup1797100000050];
