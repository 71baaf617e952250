import type { DatesMessageId } from './dates.th';

/** English UI text of the date field, the returned-data banner and the deadline; every Thai key has its counterpart. */
export const datesEn: Record<DatesMessageId, string> = {
  'date.timePlaceholder': 'dd/mm/yyyy hh:mm',
  'date.timeHint': 'Day/month/Buddhist-Era year and 24-hour time, e.g. 15/06/2570 23:59',
  'date.openCalendar': 'Choose {label} from the calendar',
  'date.calendar': 'Calendar',
  'date.month': 'Month',
  'date.year': 'Year (BE)',
  'date.previousMonth': 'Previous month',
  'date.nextMonth': 'Next month',
  'date.today': 'Today',
  'date.clear': 'Clear {label}',
  'date.closeCalendar': 'Close the calendar',
  'date.notSelectable': 'not selectable',
  'cert.returnedTitle': 'The data was returned for correction',
  'cert.reopenedTitle': 'The data was reopened for changes',
  'cert.returnedWho': 'Returned by',
  'cert.reopenedWho': 'Reopened by',
  'cert.returnedWhen': 'On',
  'cert.returnedWhy': 'Reason',
  'cert.returnedNext': 'Correct the data as the reason says, then certify it again',
  'cert.deadline': 'Deadline',
  'cert.deadlineDaysLeft': '{days} days left',
  'cert.deadlineLastDay': 'Today is the last day',
  'cert.deadlinePassed': 'Past the deadline',
  'cycles.untilHint': 'Day/month/Buddhist-Era year, after the deadline ({deadline}) and not before today',
};
