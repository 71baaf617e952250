import { extensionProblem } from '@lao/domain';
import { addDays, bangkokIsoDay, formatDateTimeInputBE, parseDateTimeBE } from '../../ui/dates';

/** An extension's day (ISO) as the moment it ends: the end of that day in Bangkok, as the API takes it. */
export function endOfDayBangkok(isoDay: string): string {
  return `${isoDay}T23:59:59+07:00`;
}

/** A moment as the date-time field shows it in Bangkok, Buddhist Era: "15/05/2570 08:30". */
export function toBangkokInput(iso: string): string {
  return formatDateTimeInputBE(iso);
}

/** What the date-time field holds ("15/05/2570 08:30", BE, Bangkok time) as the API takes it; null when not a time. */
export function fromBangkokInput(value: string): string | null {
  return parseDateTimeBE(value);
}

/**
 * The days an extension of this deadline may end on, by the shared rule (extensionProblem: after the deadline, at
 * most a year after it) and never before today: what the calendar offers, and what the form checks when typed.
 */
export function extensionDays(deadline: string, today: string): { min: string; max: string } {
  const due = new Date(deadline);
  const ok = (day: string) => extensionProblem(due, new Date(endOfDayBangkok(day))) === null;
  const first = bangkokIsoDay(due);
  const min = ok(first) ? first : addDays(first, 1);
  const yearOn = bangkokIsoDay(new Date(due.getTime() + 366 * 86_400_000));
  const max = ok(yearOn) ? yearOn : addDays(yearOn, -1);
  return { min: min < today ? today : min, max };
}
