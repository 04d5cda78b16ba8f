import { describe, expect, it } from 'vitest';
import { filterItems, isFiltering, NO_FILTER, pageOf } from './list-filter.ts';

interface Item {
  date: string;
  kind: string;
  who: string | null;
}

const items: Item[] = [
  { date: '2026-03-10', kind: 'phone', who: 'a' },
  { date: '2026-03-05', kind: 'meeting', who: 'b' },
  { date: '2026-03-01', kind: 'phone', who: null },
  { date: '2026-02-20T10:00:00Z', kind: 'meeting', who: 'a' },
];
const facets = { date: (i: Item) => i.date, type: (i: Item) => i.kind, counterpart: (i: Item) => i.who };

describe('filterItems', () => {
  it('keeps the days from and to inclusive, comparing a timestamp by its day', () => {
    const shown = filterItems(items, { ...NO_FILTER, from: '2026-02-20', to: '2026-03-05' }, facets);
    expect(shown.map((i) => i.date)).toEqual(['2026-03-05', '2026-03-01', '2026-02-20T10:00:00Z']);
  });

  it('ignores a date still being typed', () => {
    expect(filterItems(items, { ...NO_FILTER, from: '05.03' }, facets)).toHaveLength(4);
    expect(isFiltering({ ...NO_FILTER, from: '05.03' })).toBe(false);
  });

  it('narrows by type and by counterpart together', () => {
    const shown = filterItems(items, { ...NO_FILTER, type: 'phone', counterpart: 'a' }, facets);
    expect(shown).toEqual([items[0]]);
    expect(isFiltering({ ...NO_FILTER, type: 'phone' })).toBe(true);
  });
});

describe('pageOf', () => {
  const many = Array.from({ length: 45 }, (_, i) => i + 1);

  it('cuts pages of the given size and says which positions are shown', () => {
    expect(pageOf(many, 3, 20)).toEqual({
      items: [41, 42, 43, 44, 45],
      page: 3,
      pages: 3,
      first: 41,
      last: 45,
      total: 45,
    });
  });

  it('brings a page past the end back to the last, as when a filter shrinks the list', () => {
    expect(pageOf(many.slice(0, 5), 3, 20).page).toBe(1);
  });

  it('gives one empty page for no items', () => {
    expect(pageOf([], 1, 20)).toMatchObject({ items: [], page: 1, pages: 1, first: 0, last: 0 });
  });
});
