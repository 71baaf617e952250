import { WelfareTables1796400000000 } from './1796400000000-WelfareTables';
import { WelfareRules1796400000100 } from './1796400000100-WelfareRules';

export const WELFARE_MIGRATIONS = [WelfareTables1796400000000, WelfareRules1796400000100];
