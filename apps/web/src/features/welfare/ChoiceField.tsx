import type { UseFormRegisterReturn } from 'react-hook-form';
import { describedBy } from '../../ui/forms';

interface ChoiceFieldProps {
  id: string;
  legend: string;
  options: readonly { value: string; label: string }[];
  registration: UseFormRegisterReturn;
  /** Already translated. */
  error?: string;
  hint?: string;
}

/** One choice of a few, as radio buttons in a fieldset (easier on a phone than a list), with its error. */
export function ChoiceField({ id, legend, options, registration, error, hint }: ChoiceFieldProps) {
  return (
    <fieldset
      className={['field', 'choice-group', error ? 'field--invalid' : ''].filter(Boolean).join(' ')}
      aria-describedby={describedBy(hint && `${id}-hint`, error && `${id}-error`)}
    >
      <legend className="field__label">{legend}</legend>
      {hint && (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <div className="choice-group__options choice-group__options--inline">
        {options.map((option) => (
          <label key={option.value} className="choice" htmlFor={`${id}-${option.value}`}>
            <input id={`${id}-${option.value}`} type="radio" value={option.value} {...registration} aria-invalid={error ? true : undefined} />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
      {error && (
        <p className="field__error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </fieldset>
  );
}
