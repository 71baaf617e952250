import { fiscalYearOf } from '@lao/domain';
import { useCallback, useId, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useAuth } from '../../app/auth';

/** The selector offers the current fiscal year and this many before it. */
export const PREVIOUS_YEARS = 4;

export function fiscalYearOptions(current: number): number[] {
  return Array.from({ length: PREVIOUS_YEARS + 1 }, (_, i) => current - i);
}

/** ?year= when it is one of the offered years, else the current one. */
export function readFiscalYear(params: URLSearchParams, current: number): number {
  const year = Number(params.get('year'));
  return fiscalYearOptions(current).includes(year) ? year : current;
}

/**
 * The page's fiscal year, kept in the address (?year=2570) so a link or a reload shows the same year; the current
 * year is the default and is left out of the address. withYear(path) links to another page of the same year.
 */
export function useFiscalYearParam() {
  const { fiscalYear } = useAuth();
  const current = fiscalYear ?? fiscalYearOf(new Date());
  const [params, setParams] = useSearchParams();
  const year = readFiscalYear(params, current);
  const years = useMemo(() => fiscalYearOptions(current), [current]);
  const setYear = useCallback(
    (next: number) => {
      setParams(
        (previous) => {
          const copy = new URLSearchParams(previous);
          if (next === current) copy.delete('year');
          else copy.set('year', String(next));
          return copy;
        },
        { replace: true },
      );
    },
    [setParams, current],
  );
  const withYear = (path: string) => (year !== current ? `${path}?year=${year}` : path);
  return { year, years, current, setYear, withYear };
}

/** "ปีงบประมาณ [2570 ▾]": Buddhist-Era years, the current one first. */
export function FiscalYearSelect({ label, year, years, onChange }: { label: string; year: number; years: readonly number[]; onChange: (year: number) => void }) {
  const id = useId();
  return (
    <div className="field fiscal-year-select">
      <label className="field__label" htmlFor={id}>
        {label}
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
