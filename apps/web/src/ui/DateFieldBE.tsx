/**
 * The earlier name of the SPA's one date field: pages that still import it (the audit trail, the keys page) get the
 * same field, typed in BE with the Thai calendar.
 */
export { DateField as DateFieldBE, type DateFieldProps as DateFieldBEProps } from './DateField';
