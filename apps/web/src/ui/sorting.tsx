import { useState } from 'react';

export type SortDirection = 'ascending' | 'descending';

/**
 * A table's sort: clicking the sorted column turns it round; another column starts in its own first direction
 * (names A–Z, figures largest first, as the page says).
 */
export function useTableSort<K extends string>(initial: { key: K; direction: SortDirection }, firstDirection: (key: K) => SortDirection) {
  const [sort, setSort] = useState(initial);
  const sortBy = (key: K) =>
    setSort((previous) =>
      previous.key === key ? { key, direction: previous.direction === 'ascending' ? 'descending' : 'ascending' } : { key, direction: firstDirection(key) },
    );
  return { sort, sortBy };
}

interface SortHeaderProps<K extends string> {
  column: K;
  label: string;
  sort: { key: K; direction: SortDirection };
  onSort: (column: K) => void;
  className?: string;
}

/** A column heading that sorts the table, with the direction shown (▲ ▼, ↕ when unsorted) and told (aria-sort). */
export function SortHeader<K extends string>({ column, label, sort, onSort, className }: SortHeaderProps<K>) {
  const active = sort.key === column;
  return (
    <th scope="col" aria-sort={active ? sort.direction : undefined} className={className}>
      <button type="button" className="sort-button" onClick={() => onSort(column)}>
        {label}
        <span aria-hidden="true" className="sort-button__icon">
          {active ? (sort.direction === 'ascending' ? '▲' : '▼') : '↕'}
        </span>
      </button>
    </th>
  );
}
