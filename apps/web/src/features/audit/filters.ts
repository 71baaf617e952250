import { AUDIT_ACTIONS, auditFilterSchema, PLATFORM_MODULES, type AuditAction, type PlatformModule } from '@lao/domain';
import { z } from 'zod';
import type { AuditFilter } from '../../generated/graphql';
import { bangkokDay, formatDateInputBE, parseDateBE } from '../../ui/dates';
import { messageKeyOf } from '../../ui/forms';

/**
 * The trail's filter as the address keeps it (?module=INFO&action=READ_PERSONAL&lao=1234567&from=2026-11-01…), so a
 * link, a reload and back/forward show the same entries. Days are ISO days (Christian Era) in the address and
 * Buddhist-Era days in the form; both mean whole days in Bangkok.
 */
export interface AuditUrlFilter {
  module: PlatformModule | '';
  action: AuditAction | '';
  actor: string;
  laoCode: string;
  subjectId: string;
  /** ISO day ("2026-11-01"), or '' for none. */
  from: string;
  to: string;
}

export type AuditFilterField = keyof AuditUrlFilter;

export const EMPTY_AUDIT_FILTER: AuditUrlFilter = { module: '', action: '', actor: '', laoCode: '', subjectId: '', from: '', to: '' };

/** The address parameter of each filter field. */
const PARAMS: Record<AuditFilterField, string> = {
  module: 'module',
  action: 'action',
  actor: 'actor',
  laoCode: 'lao',
  subjectId: 'subject',
  from: 'from',
  to: 'to',
};

const isIsoDay = (value: string) => value !== '' && parseDateBE(formatDateInputBE(value)) === value;
const oneOf = <T extends string>(list: readonly T[], value: string | null): T | '' => (list.includes(value as T) ? (value as T) : '');

/** The filter in the address; anything that could not come from the form (an unknown module, a bad day) is dropped. */
export function readAuditFilter(params: URLSearchParams): AuditUrlFilter {
  const textOf = (field: AuditFilterField) => (params.get(PARAMS[field]) ?? '').trim().slice(0, 100);
  const dayOf = (field: 'from' | 'to') => (isIsoDay(textOf(field)) ? textOf(field) : '');
  return {
    module: oneOf(PLATFORM_MODULES, params.get(PARAMS.module)),
    action: oneOf(AUDIT_ACTIONS, params.get(PARAMS.action)),
    actor: textOf('actor'),
    laoCode: textOf('laoCode'),
    subjectId: textOf('subjectId'),
    from: dayOf('from'),
    to: dayOf('to'),
  };
}

/** The address for a filter, over the current parameters (a field left empty is removed). */
export function writeAuditFilter(previous: URLSearchParams, filter: AuditUrlFilter): URLSearchParams {
  const next = new URLSearchParams(previous);
  for (const field of Object.keys(PARAMS) as AuditFilterField[]) {
    const value = filter[field].trim();
    if (value) next.set(PARAMS[field], value);
    else next.delete(PARAMS[field]);
  }
  return next;
}

/** The `auditTrail` filter: only the fields set; `from` the first instant of its day in Bangkok, `to` the last. */
export function toApiAuditFilter(filter: AuditUrlFilter): AuditFilter {
  const api: AuditFilter = {};
  if (filter.module) api.module = filter.module;
  if (filter.action) api.action = filter.action;
  if (filter.actor.trim()) api.actor = filter.actor.trim();
  if (filter.laoCode.trim()) api.laoCode = filter.laoCode.trim();
  if (filter.subjectId.trim()) api.subjectId = filter.subjectId.trim();
  if (filter.from) api.from = bangkokDay(filter.from).start;
  if (filter.to) api.to = bangkokDay(filter.to).end;
  return api;
}

/** The filter form as typed: the same fields, the days in the Buddhist Era ("31/12/2569"). */
export type AuditFormValues = Omit<AuditUrlFilter, 'module' | 'action'> & { module: string; action: string };

export function formValuesOf(filter: AuditUrlFilter): AuditFormValues {
  return { ...filter, from: formatDateInputBE(filter.from), to: formatDateInputBE(filter.to) };
}

/** What the form's values mean as a filter of the address (days that are not days are left out; the form refuses them). */
export function urlFilterOf(values: AuditFormValues): AuditUrlFilter {
  return {
    module: oneOf(PLATFORM_MODULES, values.module),
    action: oneOf(AUDIT_ACTIONS, values.action),
    actor: values.actor.trim(),
    laoCode: values.laoCode.trim(),
    subjectId: values.subjectId.trim(),
    from: parseDateBE(values.from) ?? '',
    to: parseDateBE(values.to) ?? '',
  };
}

const FORM_FIELDS = Object.keys(PARAMS) as AuditFilterField[];

/**
 * The form's rules are the API's: what it would ask is checked by the shared auditFilterSchema (an LAO code of seven
 * digits, the start not after the end), each issue under its field; a day that is not a BE day is refused as a date.
 */
export const auditFormSchema = z
  .object({
    module: z.string(),
    action: z.string(),
    actor: z.string(),
    laoCode: z.string(),
    subjectId: z.string(),
    from: z.string(),
    to: z.string(),
  })
  .superRefine((values, ctx) => {
    for (const field of ['from', 'to'] as const) {
      if (values[field].trim() && !parseDateBE(values[field])) ctx.addIssue({ code: 'custom', path: [field], message: 'input.date' });
    }
    const result = auditFilterSchema.safeParse(toApiAuditFilter(urlFilterOf(values)));
    if (result.success) return;
    for (const issue of result.error.issues) {
      const head = String(issue.path[0] ?? '');
      const field = (FORM_FIELDS as string[]).includes(head) ? head : 'to';
      ctx.addIssue({ code: 'custom', path: [field], message: messageKeyOf(issue) });
    }
  });
