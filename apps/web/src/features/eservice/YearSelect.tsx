import { useId } from 'react';
import { useI18n } from '../../i18n';

/** "ปีงบประมาณ [2570 ▾]": Buddhist-Era years, the current one first. */
export function YearSelect({ year, years, onChange }: { year: number; years: readonly number[]; onChange: (year: number) => void }) {
  const { t } = useI18n();
  const id = useId();
  return (
    <div className="field es-year">
      <label className="field__label" htmlFor={id}>
        {t('es.fiscalYear')}
      </label>
      <select id={id} className="input" value={year} onChange={(e) => onChange(Number(e.target.value))}>
        {years.map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </select>
    </div>
  );
}
