import { useId, type ReactNode } from 'react';

interface FilterBarProps {
  /** The search landmark's name ("ตัวกรอง"). */
  label: string;
  children: ReactNode;
  /** "ล้างตัวกรอง", shown while any filter is set (a row without it leaves these out). */
  clearLabel?: string;
  hasFilter?: boolean;
  onClear?: () => void;
}

/** The row of filters above a list; they apply as they change (there is nothing to submit). */
export function FilterBar({ label, children, clearLabel, hasFilter, onClear }: FilterBarProps) {
  return (
    <form className="filters" role="search" aria-label={label} onSubmit={(e) => e.preventDefault()}>
      {children}
      {hasFilter && onClear && (
        <button type="button" className="button button--quiet filters__clear" onClick={onClear}>
          {clearLabel}
        </button>
      )}
    </form>
  );
}

interface FilterSelectProps<V extends string> {
  label: string;
  value: V | '';
  options: readonly { value: V; label: string }[];
  /** The first option, for "no filter" ("ทุกอำเภอ"); none when the list must have a value. */
  allLabel?: string;
  disabled?: boolean;
  onChange: (value: V | '') => void;
}

/** One labelled choice of the filter row. */
export function FilterSelect<V extends string>({ label, value, options, allLabel, disabled, onChange }: FilterSelectProps<V>) {
  const id = useId();
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <select id={id} className="input" value={value} disabled={disabled} onChange={(e) => onChange(e.target.value as V | '')}>
        {allLabel !== undefined && <option value="">{allLabel}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

interface SearchFieldProps {
  label: string;
  /** The placeholder, also read out as the box's description. */
  hint: string;
  value: string;
  onChange: (value: string) => void;
}

/** The free-text search of the filter row (name or code), as wide as the row allows. */
export function SearchField({ label, hint, value, onChange }: SearchFieldProps) {
  const id = useId();
  const hintId = useId();
  return (
    <div className="field field--grow">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        className="input"
        type="search"
        value={value}
        maxLength={100}
        autoComplete="off"
        placeholder={hint}
        aria-describedby={hintId}
        onChange={(e) => onChange(e.target.value)}
      />
      <span id={hintId} className="visually-hidden">
        {hint}
      </span>
    </div>
  );
}
