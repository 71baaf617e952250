import { RegistryTables1795500000000 } from './1795500000000-RegistryTables';
import { RegistryGeography1795500000500 } from './1795500000500-RegistryGeography';

export const REGISTRY_MIGRATIONS = [RegistryTables1795500000000, RegistryGeography1795500000500];
