import { formatNumber, type Lang } from '@lao/domain';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { localName, useI18n, type MessageId } from '../../i18n';
import { ListSummary, Pager, type PagingLabels } from '../../ui/paging';
import { SortHeader } from '../../ui/sorting';
import { LaoTypeLabel } from '../registry/LaoTypeLabel';
import type { SubmissionRow } from './exportSubmissions';
import { StatusBadge } from './StatusBadge';
import type { ProvinceSubmissions } from './useProvinceSubmissions';

/** The module's words for the list. A column shows when the module names it (no: row numbers; type: LAO type). */
export interface SubmissionListLabels {
  /** The summary's and the pager's words, when not the app's usual ones. */
  paging?: PagingLabels;
  empty: MessageId;
  columns: {
    no?: MessageId;
    district: MessageId;
    lao: MessageId;
    type?: MessageId;
    fiscalYear: MessageId;
    status: MessageId;
    certifiedAt: MessageId;
    actions: MessageId;
  };
  /** "ดูข้อมูล" (read out with the LAO's name). */
  view: MessageId;
  /** Under a draft nobody has saved yet, when the module says so. */
  notStarted?: MessageId;
}

export interface SubmissionListConfig {
  labels: SubmissionListLabels;
  /** When the LAO certified, as the module writes times. */
  formatTime: (at: string, lang: Lang) => string;
  /** The look of the "ดูข้อมูล" link. */
  viewClassName: string;
}

interface SubmissionListProps {
  submissions: ProvinceSubmissions;
  config: SubmissionListConfig;
  caption: string;
  /** What else the caller may do on a row (e.g. return it with a reason), beside "ดูข้อมูล". */
  rowAction?: (row: SubmissionRow, name: string) => ReactNode;
}

/** The province's LAOs with their certification: how many, the page's rows with "ดูข้อมูล", sortable columns, and paging. */
export function SubmissionList({ submissions, config, caption, rowAction }: SubmissionListProps) {
  const { t, lang } = useI18n();
  const { labels, formatTime, viewClassName } = config;
  const { connection, rows, loading, paging, laoHref } = submissions;
  const { sort, sortBy } = submissions.sorting;
  const columns = labels.columns;
  const columnCount = 6 + (columns.no ? 1 : 0) + (columns.type ? 1 : 0);

  return (
    <>
      <ListSummary totalCount={connection?.totalCount ?? null} offset={paging.offset} shown={rows.length} labels={labels.paging} />

      <div className="table-wrap" aria-busy={loading}>
        {/* table--stack: on a phone each row is a card of "heading: value" lines, the status and the link in view. */}
        <table className="table table--stack">
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              {columns.no && (
                <th scope="col" className="num">
                  {t(columns.no)}
                </th>
              )}
              <SortHeader column="district" label={t(columns.district)} sort={sort} onSort={sortBy} />
              <SortHeader column="lao" label={t(columns.lao)} sort={sort} onSort={sortBy} />
              {columns.type && <SortHeader column="type" label={t(columns.type)} sort={sort} onSort={sortBy} />}
              <th scope="col">{t(columns.fiscalYear)}</th>
              <SortHeader column="status" label={t(columns.status)} sort={sort} onSort={sortBy} />
              <th scope="col">{t(columns.certifiedAt)}</th>
              <th scope="col">
                <span className="visually-hidden">{t(columns.actions)}</span>
              </th>
            </tr>
          </thead>
          <tbody className={loading ? 'is-loading' : undefined}>
            {rows.map((row, i) => {
              const lao = row.localAuthority;
              const name = localName(lao, lang);
              return (
                <tr key={row.laoCode}>
                  {columns.no && (
                    <td className="num" data-label={t(columns.no)}>
                      {formatNumber(paging.offset + i + 1)}
                    </td>
                  )}
                  <td data-label={t(columns.district)}>{lao.district ? localName(lao.district, lang) : '—'}</td>
                  <th scope="row" data-label={t(columns.lao)}>
                    {name}
                    <span className="cell-sub code">{row.laoCode}</span>
                  </th>
                  {columns.type && (
                    <td data-label={t(columns.type)}>
                      <LaoTypeLabel type={lao.type} />
                    </td>
                  )}
                  <td data-label={t(columns.fiscalYear)}>{row.fiscalYear}</td>
                  <td data-label={t(columns.status)}>
                    <StatusBadge status={row.status} />
                    {labels.notStarted && row.status === 'DRAFT' && !row.updatedAt && <span className="cell-sub">{t(labels.notStarted)}</span>}
                  </td>
                  <td className="nowrap" data-label={t(columns.certifiedAt)}>
                    {row.laoCertifiedAt ? formatTime(row.laoCertifiedAt, lang) : '—'}
                  </td>
                  <td className="table__actions">
                    <div className="row-actions">
                      <Link to={laoHref(row.laoCode)} className={viewClassName}>
                        {t(labels.view)}
                        <span className="visually-hidden"> {name}</span>
                      </Link>
                      {rowAction?.(row, name)}
                    </div>
                  </td>
                </tr>
              );
            })}
            {connection && rows.length === 0 && (
              <tr>
                <td colSpan={columnCount} className="table__empty">
                  {t(labels.empty)}
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </div>

      <Pager
        labels={labels.paging}
        hasPrevious={!paging.isFirst}
        hasNext={Boolean(connection?.pageInfo.hasNextPage) && !loading}
        onPrevious={paging.goPrevious}
        onNext={() => paging.goNext(connection?.pageInfo.endCursor)}
      />
    </>
  );
}
