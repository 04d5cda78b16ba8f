import type { SortState } from '@navikt/ds-react';
import { stages } from '../../domain/code-lists.ts';
import type { CaseloadRow } from '../api/caseload-types.ts';

export const CASELOAD_SORT_KEYS = [
  'name',
  'stage',
  'daysSinceLastContact',
  'daysSinceReferral',
  'nextStep',
  'currentJob',
] as const;
export type CaseloadSortKey = (typeof CASELOAD_SORT_KEYS)[number];

type SortValue = string | number | null;

const collator = new Intl.Collator('nb', { sensitivity: 'base', numeric: true });

/** Stages sort in the order a participant moves through them, not by their label. */
const stageRank = (stage: string): number => (stages.codes as readonly string[]).indexOf(stage);

const sortValue: Record<CaseloadSortKey, (row: CaseloadRow) => SortValue> = {
  name: (row) => row.name,
  stage: (row) => stageRank(row.stage),
  daysSinceLastContact: (row) => row.daysSinceLastContact,
  daysSinceReferral: (row) => row.daysSinceReferral,
  // A next step with a date sorts by it (ISO dates sort as text); one without sorts after those.
  nextStep: (row) => row.nextStep?.date ?? (row.nextStep ? '9999-12-31' : null),
  currentJob: (row) => row.currentJob?.title ?? null,
};

function isCaseloadSortKey(key: string): key is CaseloadSortKey {
  return (CASELOAD_SORT_KEYS as readonly string[]).includes(key);
}

function compareValues(x: SortValue, y: SortValue): number {
  if (typeof x === 'number' && typeof y === 'number') return x - y;
  return collator.compare(String(x), String(y));
}

/** Discharged rows sink below the active ones whatever the column or direction. */
function compareDischarged(a: CaseloadRow, b: CaseloadRow): number {
  return Number(a.discharged ?? false) - Number(b.discharged ?? false);
}

/**
 * A copy of `rows` in the order `sort` asks for. Discharged rows come last, and empty values
 * (no contact yet, no job) after the filled ones in either direction; ties keep their order.
 */
export function sortCaseloadRows(rows: readonly CaseloadRow[], sort: SortState): CaseloadRow[] {
  const column = isCaseloadSortKey(sort.orderBy) && sort.direction !== 'none' ? sort.orderBy : null;
  const sign = sort.direction === 'descending' ? -1 : 1;
  return [...rows].sort((a, b) => {
    const discharged = compareDischarged(a, b);
    if (discharged !== 0 || !column) return discharged;
    const [x, y] = [sortValue[column](a), sortValue[column](b)];
    if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
    return sign * compareValues(x, y);
  });
}

/** The rows that count against the caseload size: everyone not discharged. */
export function activeCount(rows: readonly CaseloadRow[]): number {
  return rows.filter((row) => !row.discharged).length;
}
