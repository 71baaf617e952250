import type { Column } from 'write-excel-file/browser';

/** The largest page the API serves: an export walks the whole filter in pages of this size. */
export const EXPORT_PAGE_SIZE = 500;

/** One page of a GraphQL connection, as an export needs it. */
export interface Page<T> {
  nodes: T[];
  total: number;
  endCursor?: string | null;
  hasNextPage: boolean;
}

/** Every page of a connection, in order, reporting how many rows are in so far (queries are not cached). */
export async function fetchAllPages<T>(
  fetchPage: (after: string | null) => Promise<Page<T>>,
  onProgress: (done: number, total: number) => void,
  signal?: AbortSignal,
): Promise<T[]> {
  const rows: T[] = [];
  let after: string | null = null;
  for (;;) {
    if (signal?.aborted) throw new DOMException('Export cancelled', 'AbortError');
    const page = await fetchPage(after);
    rows.push(...page.nodes);
    onProgress(rows.length, page.total);
    if (!page.hasNextPage || !page.endCursor) return rows;
    after = page.endCursor;
  }
}

/** A connection's page as fetchAllPages wants it (a missing page is an error, never an empty export). */
export function pageOf<T>(connection: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor?: string | null }; edges: { node: T }[] } | undefined): Page<T> {
  if (!connection) throw new Error('No data');
  return { nodes: connection.edges.map((edge) => edge.node), total: connection.totalCount, ...connection.pageInfo };
}

/** Cells: bold header text, text, and numbers (with an Excel number format when given). */
export const bold = (value: string) => ({ value, fontWeight: 'bold' as const });
export const text = (value: string) => ({ value, type: String });
export const number = (value: number, format?: string) => (format ? { value, type: Number, format } : { value, type: Number });

/** Bangkok is UTC+7 all year; Excel's dates have no time zone, so a cell holds the time as Bangkok's clock shows it. */
const BANGKOK_OFFSET_MS = 7 * 3600 * 1000;

/** Excel's day/month/Buddhist-Era year with the time to the second ("bbbb" is Excel's Buddhist-Era year). */
export const DATE_TIME_BE_FORMAT = 'dd/mm/bbbb hh:mm:ss';

/**
 * A moment as a real Excel date cell (sortable, filterable) showing Bangkok time with the Buddhist-Era year, e.g.
 * 07/11/2565 16:29:30; an empty cell when there is no moment.
 */
export function dateTime(value: string | Date | null | undefined) {
  const date = value ? new Date(value) : null;
  if (!date || Number.isNaN(date.getTime())) return null;
  return { value: new Date(date.getTime() + BANGKOK_OFFSET_MS), type: Date, format: DATE_TIME_BE_FORMAT };
}

/**
 * The SPA's one date format in workbooks, as on screen ("30 มิ.ย. 2570 23:59"): Excel's locale code
 * [$-xxyyzzzz] with Western digits (01), the Thai Buddhist calendar (07) and Thai (041E), so Excel itself shows the
 * BE year and Thai month of a real, sortable date cell.
 */
export const MOMENT_BE_FORMAT = '[$-107041E]d mmm yyyy hh:mm';
export const DAY_BE_FORMAT = '[$-107041E]d mmm yyyy';

/** A moment as a real date cell in the one BE format, Bangkok time; an empty cell when there is none. */
export function moment(value: string | Date | null | undefined) {
  const cell = dateTime(value);
  return cell ? { ...cell, format: MOMENT_BE_FORMAT } : null;
}

/** An ISO day ("2027-06-30") as a real date cell in the BE day format; an empty cell when it is not a day. */
export function day(isoDay: string | null | undefined) {
  if (!isoDay || !/^\d{4}-\d{2}-\d{2}$/.test(isoDay)) return null;
  return { value: new Date(`${isoDay}T00:00:00Z`), type: Date, format: DAY_BE_FORMAT };
}

export type ExcelColumn<T> = Column<T>;

/** write-excel-file loads only when someone exports. */
export async function loadWriteExcelFile() {
  const { default: writeExcelFile } = await import('write-excel-file/browser');
  return writeExcelFile;
}

/** One sheet, a header row that stays in view and a row per object, handed to the browser as fileName. */
export async function writeWorkbook<T>(rows: T[], sheet: string, columns: ExcelColumn<T>[], fileName: string): Promise<void> {
  const writeExcelFile = await loadWriteExcelFile();
  await writeExcelFile(rows, { sheet: sheet.slice(0, 31), stickyRowsCount: 1, columns }).toFile(fileName);
}
