import type { ComponentProps } from 'react';

type Props = Omit<ComponentProps<'input'>, 'id'> & { id: string; label: string; error?: string };

/**
 * ui/forms' TextField markup (label, control, inline error, the same classes and ARIA), for the login alone: that
 * module carries the zod resolver, and the login form is in the first chunk, which must not load zod.
 */
export function LoginField({ id, label, error, required, ...input }: Props) {
  return (
    <div className={error ? 'field field--invalid' : 'field'}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        className="input"
        {...input}
        aria-required={required || undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
      />
      {error && (
        <p className="field__error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}
