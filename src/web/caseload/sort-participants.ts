import type { SortState } from '@navikt/ds-react';
import type { ParticipantSummary } from '../api/types.ts';

export const SORT_KEYS = ['name', 'referralDate', 'jobSpecialist', 'referringOrganisation'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

const collator = new Intl.Collator('nb', { sensitivity: 'base', numeric: true });

export function fullName(p: Pick<ParticipantSummary, 'givenName' | 'familyName'>): string {
  return `${p.givenName} ${p.familyName}`;
}

const sortValue: Record<SortKey, (p: ParticipantSummary) => string> = {
  name: fullName,
  // ISO dates sort correctly as text.
  referralDate: (p) => p.referralDate,
  jobSpecialist: (p) => p.jobSpecialist?.displayName ?? '',
  referringOrganisation: (p) => p.referringOrganisation.name,
};

function isSortKey(key: string): key is SortKey {
  return (SORT_KEYS as readonly string[]).includes(key);
}

/** A copy of `items` in the order `sort` asks for; unassigned job specialists always come last. */
export function sortParticipants(items: ParticipantSummary[], sort: SortState): ParticipantSummary[] {
  if (!isSortKey(sort.orderBy) || sort.direction === 'none') return items;
  const value = sortValue[sort.orderBy];
  const sign = sort.direction === 'descending' ? -1 : 1;
  return [...items].sort((a, b) => {
    const [x, y] = [value(a), value(b)];
    if (x === '' || y === '') return x === y ? 0 : x === '' ? 1 : -1;
    return sign * collator.compare(x, y);
  });
}

/** Clicking the sorted column flips its direction; another column starts ascending. */
export function nextSort(current: SortState, key: string): SortState {
  if (current.orderBy === key && current.direction === 'ascending')
    return { orderBy: key, direction: 'descending' };
  return { orderBy: key, direction: 'ascending' };
}
