/** A long list's filter: a date range and, where the list has them, a type and a counterpart. */
export interface ListFilter {
  /** YYYY-MM-DD, inclusive; '' (or a date still being typed) leaves that end open. */
  from: string;
  to: string;
  /** A code or an id; '' for any. */
  type: string;
  counterpart: string;
}

export const NO_FILTER: ListFilter = { from: '', to: '', type: '', counterpart: '' };

/** How to read an item's date, type and counterpart. */
export interface Facets<T> {
  date: (item: T) => string;
  type?: (item: T) => string | null;
  counterpart?: (item: T) => string | null;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Whether `filter` narrows anything; a half-typed date does not. */
export function isFiltering(filter: ListFilter): boolean {
  return (
    ISO_DATE.test(filter.from) || ISO_DATE.test(filter.to) || filter.type !== '' || filter.counterpart !== ''
  );
}

/** The items `filter` lets through, in their order. ISO dates compare correctly as text. */
export function filterItems<T>(items: readonly T[], filter: ListFilter, facets: Facets<T>): T[] {
  const from = ISO_DATE.test(filter.from) ? filter.from : null;
  const to = ISO_DATE.test(filter.to) ? filter.to : null;
  return items.filter((item) => {
    const date = facets.date(item).slice(0, 10);
    if (from && date < from) return false;
    if (to && date > to) return false;
    if (filter.type && facets.type?.(item) !== filter.type) return false;
    if (filter.counterpart && facets.counterpart?.(item) !== filter.counterpart) return false;
    return true;
  });
}

export interface Paged<T> {
  items: T[];
  /** 1-based; brought back inside the range when the list shrank under it. */
  page: number;
  pages: number;
  /** 1-based positions of the first and last item shown; 0 and 0 for an empty list. */
  first: number;
  last: number;
  total: number;
}

/** One page of `items`. */
export function pageOf<T>(items: readonly T[], page: number, size: number): Paged<T> {
  const pages = Math.max(1, Math.ceil(items.length / size));
  const current = Math.min(Math.max(1, page), pages);
  const start = (current - 1) * size;
  const shown = items.slice(start, start + size);
  return {
    items: shown,
    page: current,
    pages,
    first: shown.length === 0 ? 0 : start + 1,
    last: start + shown.length,
    total: items.length,
  };
}
