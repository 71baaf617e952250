import { WelfareTables1796400000000 } from './1796400000000-WelfareTables';
import { WelfareRules1796400000100 } from './1796400000100-WelfareRules';
import { WelfareFigures1797100000040 } from './1797100000040-WelfareFigures';
import { WelfareProvinceRollup1797100000042 } from './1797100000042-WelfareProvinceRollup';

export const WELFARE_MIGRATIONS = [WelfareTables1796400000000, WelfareRules1796400000100, WelfareFigures1797100000040, WelfareProvinceRollup1797100000042];
