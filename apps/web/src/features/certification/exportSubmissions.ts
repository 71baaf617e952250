import type { CertificationModule } from '@lao/domain';
import type { ApolloClient } from '@apollo/client';
import type { SubmissionFilter, SubmissionsQuery } from '../../generated/graphql';
import { EXPORT_PAGE_SIZE, fetchAllPages, pageOf, writeWorkbook, type ExcelColumn } from '../../ui/excel';
import { submissionsQuery } from './operations';

export type SubmissionRow = SubmissionsQuery['submissions']['edges'][number]['node'];
export type SubmissionColumn = ExcelColumn<SubmissionRow>;

/** Every LAO's submission for the filter (the province list, all pages), through the list's own query (not cached). */
export function fetchAllSubmissions(
  client: ApolloClient,
  module: CertificationModule,
  fiscalYear: number,
  filter: SubmissionFilter,
  onProgress: (done: number, total: number) => void,
): Promise<SubmissionRow[]> {
  return fetchAllPages(async (after) => {
    const result: { data?: SubmissionsQuery } = await client.query({
      query: submissionsQuery,
      variables: { module, fiscalYear, filter, first: EXPORT_PAGE_SIZE, after },
      fetchPolicy: 'no-cache',
    });
    return pageOf(result.data?.submissions);
  }, onProgress);
}

export interface ExportSubmissionsOptions {
  module: CertificationModule;
  fiscalYear: number;
  filter: SubmissionFilter;
  /** The module's sheet: its name and its columns (each module lays out its own). */
  sheet: string;
  columns: SubmissionColumn[];
  fileName: string;
  onProgress: (done: number, total: number) => void;
}

/** The province list as .xlsx, every row of the filter; resolves to the number of rows written. */
export async function exportSubmissions(client: ApolloClient, options: ExportSubmissionsOptions): Promise<number> {
  const { module, fiscalYear, filter, sheet, columns, fileName, onProgress } = options;
  const rows = await fetchAllSubmissions(client, module, fiscalYear, filter, onProgress);
  await writeWorkbook(rows, sheet, columns, fileName);
  return rows.length;
}
