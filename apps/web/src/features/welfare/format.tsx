import {
  ALLOWANCE_TYPE_LABELS,
  BENEFICIARY_STATUS_LABELS,
  fiscalMonthStart,
  formatNumber,
  type AllowanceType,
  type BeneficiaryStatus,
  type Lang,
} from '@lao/domain';
import { formatDay as formatDayBE, formatMoment } from '../../ui/dates';
import type { FormatTime } from '../certification/panelWords';

/** Welfare's words and numbers as officials read them: baht with Thai grouping, days and months in the Buddhist Era. */

/** Moments (certification, history) as "15 มิ.ย. 2570 23:59": Buddhist Era, Bangkok time. */
export const formatWelfareTime: FormatTime = (at, lang) => formatMoment(at, lang);

/** "1,234,500" (baht are whole numbers on the registry). */
export const baht = (amount: number) => formatNumber(amount);

/** An ISO day as "1 มี.ค. 2509" / "1 Mar 2509"; '' without one. */
export function formatDay(isoDay: string | null | undefined, lang: Lang): string {
  return formatDayBE(isoDay, lang);
}

/** The month of an ISO day as "ตุลาคม 2569" / "October 2569" (Buddhist Era in both languages). */
export function formatMonth(isoDay: string, lang: Lang): string {
  const date = new Date(`${isoDay.slice(0, 7)}-01T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return '';
  const month = new Intl.DateTimeFormat(lang === 'th' ? 'th-TH' : 'en-GB', { month: 'long', timeZone: 'UTC' }).format(date);
  return `${month} ${date.getUTCFullYear() + 543}`;
}

/** The twelve months of a fiscal year, month 1 = October, each with its first day. */
export function fiscalMonths(fiscalYear: number): { month: number; start: string }[] {
  return Array.from({ length: 12 }, (_, i) => ({ month: i + 1, start: fiscalMonthStart(fiscalYear, i + 1) }));
}

/** The fiscal month (1–12) a day falls in, within that fiscal year; 1 before it, 12 after it. */
export function fiscalMonthOf(fiscalYear: number, isoDay: string): number {
  const months = fiscalMonths(fiscalYear);
  const month = `${isoDay.slice(0, 7)}-01`;
  if (month < months[0]!.start) return 1;
  return months.filter((m) => m.start <= month).at(-1)!.month;
}

/** "นางสมศรี ใจดี"; a masked name as the API answers it ("นางส… ใ…"). */
export function personName(person: { title: string; firstName?: string | null; lastName?: string | null }): string {
  return `${person.title}${person.firstName ?? ''} ${person.lastName ?? ''}`.trim();
}

export const allowanceLabel = (type: AllowanceType, lang: Lang) => ALLOWANCE_TYPE_LABELS[type][lang];

const STATUS_CLASS: Record<BeneficiaryStatus, string> = { ACTIVE: 'badge--ok', SUSPENDED: 'badge--draft', ENDED: 'badge--off' };

/** รับเบี้ยอยู่ / ระงับการจ่ายชั่วคราว / สิ้นสุดสิทธิ์ as a coloured badge. */
export function BeneficiaryStatusBadge({ status, lang }: { status: BeneficiaryStatus; lang: Lang }) {
  return <span className={`badge ${STATUS_CLASS[status]}`}>{BENEFICIARY_STATUS_LABELS[status][lang]}</span>;
}
