import { formatNumber } from '@lao/domain';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useI18n, type MessageId } from '../i18n';
import { readCursors, writeCursors } from './urlPaging';

/** Rows per page of the lists (the API serves up to 500 for exports). */
export const PAGE_SIZE = 50;

/**
 * Cursor paging of a connection, kept in the address (urlPaging.ts): one history entry per page, so Back returns to
 * the page before, and a reload or a link shows the same page; a new filter or sort (a new address) starts on page one.
 */
export function useCursorPaging(pageSize = PAGE_SIZE) {
  const [params, setParams] = useSearchParams();
  const cursors = useMemo(() => readCursors(params), [params]);
  const goNext = (endCursor: string | null | undefined) => {
    if (endCursor) setParams((previous) => writeCursors(previous, [...readCursors(previous), endCursor]));
  };
  const goPrevious = () => setParams((previous) => writeCursors(previous, readCursors(previous).slice(0, -1)));
  return { after: cursors.at(-1) ?? null, offset: cursors.length * pageSize, isFirst: cursors.length === 0, goNext, goPrevious };
}

/** The words of a list's paging: the summary above it and the pager below it, as message keys. */
export interface PagingLabels {
  total: MessageId;
  pageRange: MessageId;
  pagination: MessageId;
  previous: MessageId;
  next: MessageId;
}

/** The app's usual words ("พบ {count} แห่ง", "เลื่อนหน้า", …); a module with its own passes its keys. */
export const PAGING_LABELS: PagingLabels = {
  total: 'registry.total',
  pageRange: 'registry.pageRange',
  pagination: 'registry.pagination',
  previous: 'registry.previous',
  next: 'registry.next',
};

interface PagerProps {
  hasPrevious: boolean;
  hasNext: boolean;
  onPrevious: () => void;
  onNext: () => void;
  labels?: PagingLabels;
}

/** "‹ ก่อนหน้า" / "ถัดไป ›" under a list. */
export function Pager({ hasPrevious, hasNext, onPrevious, onNext, labels = PAGING_LABELS }: PagerProps) {
  const { t } = useI18n();
  return (
    <nav className="pager" aria-label={t(labels.pagination)}>
      <button type="button" className="button button--secondary" onClick={onPrevious} disabled={!hasPrevious}>
        ‹ {t(labels.previous)}
      </button>
      <button type="button" className="button button--secondary" onClick={onNext} disabled={!hasNext}>
        {t(labels.next)} ›
      </button>
    </nav>
  );
}

interface ListSummaryProps {
  /** null while the first page loads. */
  totalCount: number | null;
  offset: number;
  shown: number;
  labels?: PagingLabels;
}

/** How many rows the filter finds, and which of them this page shows. */
export function ListSummary({ totalCount, offset, shown, labels = PAGING_LABELS }: ListSummaryProps) {
  const { t } = useI18n();
  return (
    <div className="table-summary">
      <p className="total" aria-live="polite">
        {totalCount === null ? t('common.loading') : t(labels.total, { count: formatNumber(totalCount) })}
      </p>
      {totalCount !== null && totalCount > 0 && (
        <p className="muted">
          {t(labels.pageRange, { from: formatNumber(shown ? offset + 1 : 0), to: formatNumber(offset + shown), total: formatNumber(totalCount) })}
        </p>
      )}
    </div>
  );
}
