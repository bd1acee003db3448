import type { ReactNode } from "react";

export interface SortState<K extends string> {
  key: K;
  desc: boolean;
}

export function sortParam<K extends string>(sort: SortState<K>): string {
  return sort.desc ? `-${sort.key}` : sort.key;
}

export function parseSort<K extends string>(value: string | null, keys: readonly K[], fallback: SortState<K>): SortState<K> {
  if (!value) return fallback;
  const desc = value.startsWith("-");
  const key = (desc ? value.slice(1) : value) as K;
  return keys.includes(key) ? { key, desc } : fallback;
}

interface SortableHeaderProps<K extends string> {
  column: K;
  sort: SortState<K>;
  onSort: (sort: SortState<K>) => void;
  // Dates read best newest-first, so their first click sorts descending.
  firstDesc?: boolean;
  children: ReactNode;
}

export function SortableHeader<K extends string>({ column, sort, onSort, firstDesc, children }: SortableHeaderProps<K>) {
  const active = sort.key === column;
  const ariaSort = active ? (sort.desc ? "descending" : "ascending") : undefined;
  return (
    <th scope="col" aria-sort={ariaSort}>
      <button
        type="button"
        className="sort-button"
        onClick={() => onSort({ key: column, desc: active ? !sort.desc : Boolean(firstDesc) })}
      >
        {children}
        <span className="sort-button__icon" aria-hidden="true">
          {active ? (sort.desc ? "▼" : "▲") : "↕"}
        </span>
      </button>
    </th>
  );
}
