import { saveDisposalSiteSchema, type DisposalMethod, type SaveDisposalSiteInput as SharedSiteInput, type SiteStatus } from '@lao/domain';
import { z } from 'zod';
import type { SaveDisposalSiteInput } from '../../generated/graphql';
import { messageKeyOf } from '../../ui/forms';
import { parseNumberInput } from '../catalogue/indicators';
import type { WasteSite } from './SitePicker';

/** The site dialog's form, each field as typed (numbers as text: Thai digits and grouping are fine). */
export interface SiteFormValues {
  nameTh: string;
  method: DisposalMethod | '';
  status: SiteStatus;
  latitude: string;
  longitude: string;
  capacityTonnesPerDay: string;
  openedYear: string;
}

export const SITE_FIELDS = ['nameTh', 'method', 'status', 'latitude', 'longitude', 'capacityTonnesPerDay', 'openedYear'] as const;
export type SiteField = (typeof SITE_FIELDS)[number];

export function isSiteField(path: string): path is SiteField {
  return (SITE_FIELDS as readonly string[]).includes(path);
}

export function toSiteForm(site: WasteSite | null): SiteFormValues {
  return {
    nameTh: site?.nameTh ?? '',
    method: site?.method ?? '',
    status: site?.status ?? 'OPERATING',
    latitude: site ? String(site.latitude) : '',
    longitude: site ? String(site.longitude) : '',
    capacityTonnesPerDay: site?.capacityTonnesPerDay != null ? String(site.capacityTonnesPerDay) : '',
    openedYear: site?.openedYear != null ? String(site.openedYear) : '',
  };
}

const optional = (raw: string) => (raw.trim() === '' ? null : parseNumberInput(raw));
const isNumberText = (raw: string) => typeof parseNumberInput(raw) === 'number';

/** The typed text as the shared schema takes it; text that is no number stays text and is refused there. */
function toSharedInput(form: SiteFormValues, operatorLaoCode: string, id: string | null): SharedSiteInput {
  return {
    id,
    operatorLaoCode,
    nameTh: form.nameTh.trim(),
    method: form.method as DisposalMethod,
    status: form.status,
    latitude: parseNumberInput(form.latitude) as number,
    longitude: parseNumberInput(form.longitude) as number,
    capacityTonnesPerDay: optional(form.capacityTonnesPerDay) as number | null,
    openedYear: optional(form.openedYear) as number | null,
  };
}

/** What must be there before the shared rules are worth asking: a name, a method, both coordinates, numbers as numbers. */
function typingIssues(form: SiteFormValues): { path: SiteField; message: string }[] {
  const issues: { path: SiteField; message: string }[] = [];
  if (form.nameTh.trim() === '') issues.push({ path: 'nameTh', message: 'input.required' });
  if (form.method === '') issues.push({ path: 'method', message: 'input.required' });
  for (const path of ['latitude', 'longitude'] as const) {
    if (form[path].trim() === '') issues.push({ path, message: 'input.required' });
    else if (!isNumberText(form[path])) issues.push({ path, message: 'info.notANumber' });
  }
  for (const path of ['capacityTonnesPerDay', 'openedYear'] as const) {
    if (form[path].trim() !== '' && !isNumberText(form[path])) issues.push({ path, message: 'info.notANumber' });
  }
  return issues;
}

/**
 * The dialog's schema: what is missing or no number, and the shared saveDisposalSiteSchema (the API's own) on the
 * typed text read as numbers, all at once: a position outside Thailand is refused with its message, a year must be
 * Buddhist Era. Its output is what the mutation takes.
 */
export function siteFormSchema(operatorLaoCode: string, id: string | null) {
  return z.custom<SiteFormValues>().transform((form, ctx) => {
    const typing = typingIssues(form);
    const taken = new Set<string>(typing.map((i) => i.path));
    for (const issue of typing) ctx.addIssue({ code: 'custom', path: [issue.path], message: issue.message });
    const shared = saveDisposalSiteSchema.safeParse(toSharedInput(form, operatorLaoCode, id));
    if (!shared.success) {
      for (const issue of shared.error.issues) {
        const field = String(issue.path[0] ?? '');
        if (!taken.has(field)) ctx.addIssue({ code: 'custom', path: issue.path, message: messageKeyOf(issue) });
        taken.add(field);
      }
    }
    return shared.success && typing.length === 0 ? shared.data : z.NEVER;
  });
}

/** What the mutation takes (the shared schema's output). */
export function toSiteInput(values: z.output<typeof saveDisposalSiteSchema>): SaveDisposalSiteInput {
  return {
    ...(values.id ? { id: values.id } : {}),
    operatorLaoCode: values.operatorLaoCode,
    nameTh: values.nameTh,
    method: values.method,
    status: values.status,
    latitude: values.latitude,
    longitude: values.longitude,
    capacityTonnesPerDay: values.capacityTonnesPerDay ?? null,
    openedYear: values.openedYear ?? null,
  };
}
