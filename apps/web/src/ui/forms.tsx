import { zodResolver } from '@hookform/resolvers/zod';
import { isMessageKey } from '@lao/domain';
import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes } from 'react';
import type { FieldValues, Resolver, UseFormRegisterReturn } from 'react-hook-form';
import type { z } from 'zod';

/**
 * Our schemas name a message key on every rule they own; for issues zod raises by itself (empty, too long, wrong
 * type) this picks a key too, so every error is a key the UI translates when it renders (and re-renders on the
 * language switch).
 */
function issueKey(issue: z.core.$ZodRawIssue): string {
  if (issue.code === 'too_small' && issue.origin === 'string') return 'input.required';
  if (issue.code === 'too_big' && issue.origin === 'string') return `input.tooLong?maximum=${String(issue.maximum)}`;
  return 'input.invalid';
}

/** The message key of an issue a shared schema raised: the key it names, or ours for zod's own checks. */
export function messageKeyOf(issue: z.core.$ZodIssue): string {
  return isMessageKey(issue.message) ? issue.message : issueKey(issue as unknown as z.core.$ZodRawIssue);
}

/** zodResolver with our message keys. */
export function schemaResolver<S extends z.ZodType<FieldValues, FieldValues>>(
  schema: S,
): Resolver<z.input<S>, unknown, z.output<S>> {
  return zodResolver(schema as never, { error: issueKey }) as unknown as Resolver<z.input<S>, unknown, z.output<S>>;
}

export function describedBy(...ids: (string | false | null | undefined)[]): string | undefined {
  const list = ids.filter((id): id is string => Boolean(id));
  return list.length ? list.join(' ') : undefined;
}

interface FieldShellProps {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  children: ReactNode;
  className?: string;
}

/** Label, hint, control and inline error, in that order; the control is described by the hint and the error. */
export function FieldShell({ id, label, hint, error, children, className }: FieldShellProps) {
  return (
    <div className={['field', error ? 'field--invalid' : '', className ?? ''].filter(Boolean).join(' ')}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {children}
      {error && (
        <p className="field__error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}

export type TextFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> & {
  id: string;
  label: string;
  hint?: string;
  /** The message to show, already translated. */
  error?: string;
  registration: UseFormRegisterReturn;
  fieldClassName?: string;
};

export function TextField({ id, label, hint, error, registration, fieldClassName, required, ...input }: TextFieldProps) {
  return (
    <FieldShell id={id} label={label} hint={hint} error={error} className={fieldClassName}>
      <input
        id={id}
        className="input"
        {...input}
        {...registration}
        aria-required={required || undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(hint && `${id}-hint`, error && `${id}-error`)}
      />
    </FieldShell>
  );
}

type SelectFieldProps = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id'> & {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  registration: UseFormRegisterReturn;
  children: ReactNode;
};

export function SelectField({ id, label, hint, error, registration, children, required, ...select }: SelectFieldProps) {
  return (
    <FieldShell id={id} label={label} hint={hint} error={error}>
      <select
        id={id}
        className="input"
        {...select}
        {...registration}
        aria-required={required || undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(hint && `${id}-hint`, error && `${id}-error`)}
      >
        {children}
      </select>
    </FieldShell>
  );
}
