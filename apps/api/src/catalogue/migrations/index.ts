import { SharedCatalogue1796100000000 } from './1796100000000-SharedCatalogue';

export const CATALOGUE_MIGRATIONS = [SharedCatalogue1796100000000];
