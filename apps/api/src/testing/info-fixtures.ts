import type { IndicatorDefinition as FullDefinition } from '@lao/domain';

/** An indicator as the API's infoIndicators answers it (the fields the tests ask for). */
export type IndicatorDefinition = Pick<
  FullDefinition,
  'code' | 'labelTh' | 'labelEn' | 'unit' | 'valueType' | 'required' | 'linkedFrom' | 'min' | 'max' | 'decimals' | 'maxLength'
> & { domain: string; options: { value: string; labelTh: string }[] | null };

/** A valid value for an indicator, the way an official would type one. */
export function demoValueFor(indicator: IndicatorDefinition): unknown {
  const low = indicator.min ?? 0;
  switch (indicator.valueType) {
    case 'INTEGER':
      return Math.max(low, Math.min(indicator.max ?? 100, 12));
    case 'DECIMAL':
      return Math.max(low, Math.min(indicator.max ?? 100, 3.5));
    case 'BOOLEAN':
      return true;
    case 'CHOICE':
      return indicator.options![0]!.value;
    case 'MULTI_CHOICE':
      return indicator.options!.slice(0, 2).map((o) => o.value);
    case 'TEXT':
      return 'ดำเนินการตามแผนพัฒนาท้องถิ่น';
  }
}
