/** Bangkok is UTC+7 all year (no daylight saving): the department types times as Bangkok shows them. */
const BANGKOK_OFFSET_MS = 7 * 3600 * 1000;

/** A date input's day (coerced by the schema to UTC midnight) as the end of that day in Bangkok. */
export function endOfDayBangkok(date: Date): string {
  return `${date.toISOString().slice(0, 10)}T23:59:59+07:00`;
}

/** A moment as a datetime-local input shows it in Bangkok: "2027-05-15T08:30". */
export function toBangkokInput(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return new Date(date.getTime() + BANGKOK_OFFSET_MS).toISOString().slice(0, 16);
}

/** A datetime-local input's value, read as Bangkok time, as the API takes it ("2027-05-15T08:30:00+07:00"); null when not a time. */
export function fromBangkokInput(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value)) return null;
  const iso = `${value}:00+07:00`;
  return Number.isNaN(new Date(iso).getTime()) ? null : iso;
}
