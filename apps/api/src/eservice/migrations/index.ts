import { EServiceTables1795817465157 } from './1795817465157-EServiceTables';
import { EServiceCatalogueV11795817465500 } from './1795817465500-EServiceCatalogueV1';
import { EServiceAdoptionTally1797100000041 } from './1797100000041-EServiceAdoptionTally';
import { EServiceNationalTally1797200000042 } from './1797200000042-EServiceNationalTally';

export const ESERVICE_MIGRATIONS = [EServiceTables1795817465157, EServiceCatalogueV11795817465500, EServiceAdoptionTally1797100000041, EServiceNationalTally1797200000042];
