import { EServiceTables1795817465157 } from './1795817465157-EServiceTables';
import { EServiceCatalogueV11795817465500 } from './1795817465500-EServiceCatalogueV1';

export const ESERVICE_MIGRATIONS = [EServiceTables1795817465157, EServiceCatalogueV11795817465500];
