import { AccountsTables1795500001000 } from './1795500001000-AccountsTables';

export const AUTH_MIGRATIONS = [AccountsTables1795500001000];
