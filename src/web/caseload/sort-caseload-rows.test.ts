import { describe, expect, it } from 'vitest';
import type { CaseloadRow } from '../api/caseload-types.ts';
import { activeCount, sortCaseloadRows } from './sort-caseload-rows.ts';

function row(id: string, change: Partial<CaseloadRow> = {}): CaseloadRow {
  return {
    id,
    name: id,
    handle: null,
    stage: 'job_search',
    stageSince: '2026-01-01',
    track: 'standard',
    priority: false,
    referralDate: '2026-01-01',
    daysSinceReferral: 10,
    lastContactDate: null,
    daysSinceLastContact: null,
    firstEmployerContactDate: null,
    rapidSearchWarning: false,
    noShows: 0,
    currentJob: null,
    nextStep: null,
    discharged: false,
    ...change,
  };
}

const ids = (rows: CaseloadRow[]) => rows.map((r) => r.id);
const asc = (orderBy: string) => ({ orderBy, direction: 'ascending' as const });
const desc = (orderBy: string) => ({ orderBy, direction: 'descending' as const });

describe('sortCaseloadRows', () => {
  it('sorts names the Norwegian way, æ ø å after z', () => {
    const rows = [row('Åse'), row('Zara'), row('Øystein'), row('anna')];
    expect(ids(sortCaseloadRows(rows, asc('name')))).toEqual(['anna', 'Zara', 'Øystein', 'Åse']);
    expect(ids(sortCaseloadRows(rows, desc('name')))).toEqual(['Åse', 'Øystein', 'Zara', 'anna']);
  });

  it('puts discharged rows last in either direction', () => {
    const rows = [row('a', { discharged: true }), row('b'), row('c')];
    expect(ids(sortCaseloadRows(rows, asc('name')))).toEqual(['b', 'c', 'a']);
    expect(ids(sortCaseloadRows(rows, desc('name')))).toEqual(['c', 'b', 'a']);
  });

  it('sorts stages in lifecycle order, not by label', () => {
    const rows = [
      row('w', { stage: 'in_work' }),
      row('r', { stage: 'referred' }),
      row('c', { stage: 'career_profile' }),
    ];
    expect(ids(sortCaseloadRows(rows, asc('stage')))).toEqual(['r', 'c', 'w']);
  });

  it('sorts days numerically and keeps rows without contact last in both directions', () => {
    const rows = [
      row('none'),
      row('nine', { daysSinceLastContact: 9 }),
      row('eleven', { daysSinceLastContact: 11 }),
      row('two', { daysSinceLastContact: 2 }),
    ];
    expect(ids(sortCaseloadRows(rows, asc('daysSinceLastContact')))).toEqual([
      'two',
      'nine',
      'eleven',
      'none',
    ]);
    expect(ids(sortCaseloadRows(rows, desc('daysSinceLastContact')))).toEqual([
      'eleven',
      'nine',
      'two',
      'none',
    ]);
  });

  it('keeps the given order for ties (stable)', () => {
    const rows = [
      row('x', { daysSinceReferral: 5 }),
      row('y', { daysSinceReferral: 5 }),
      row('z', { daysSinceReferral: 1 }),
    ];
    expect(ids(sortCaseloadRows(rows, asc('daysSinceReferral')))).toEqual(['z', 'x', 'y']);
    expect(ids(sortCaseloadRows(rows, desc('daysSinceReferral')))).toEqual(['x', 'y', 'z']);
  });

  it('sorts next steps by date, undated steps after dated ones and no step last', () => {
    const rows = [
      row('none'),
      row('undated', { nextStep: { text: 'Ring', date: null } }),
      row('late', { nextStep: { text: 'Møte', date: '2026-03-01' } }),
      row('soon', { nextStep: { text: 'CV', date: '2026-02-01' } }),
    ];
    expect(ids(sortCaseloadRows(rows, asc('nextStep')))).toEqual(['soon', 'late', 'undated', 'none']);
  });

  it('sorts by current job title with no job last', () => {
    const job = (title: string) => ({
      title,
      employmentType: 'ordinary_competitive' as const,
      startDate: '2026-01-01',
    });
    const rows = [
      row('none'),
      row('b', { currentJob: job('Butikk') }),
      row('a', { currentJob: job('Anlegg') }),
    ];
    expect(ids(sortCaseloadRows(rows, asc('currentJob')))).toEqual(['a', 'b', 'none']);
    expect(ids(sortCaseloadRows(rows, desc('currentJob')))).toEqual(['b', 'a', 'none']);
  });

  it('leaves the order alone apart from discharged rows for an unknown column or no direction', () => {
    const rows = [row('b', { discharged: true }), row('c'), row('a')];
    expect(ids(sortCaseloadRows(rows, asc('nonsense')))).toEqual(['c', 'a', 'b']);
    expect(ids(sortCaseloadRows(rows, { orderBy: 'name', direction: 'none' }))).toEqual(['c', 'a', 'b']);
  });

  it('does not change the input', () => {
    const rows = [row('b'), row('a')];
    sortCaseloadRows(rows, asc('name'));
    expect(ids(rows)).toEqual(['b', 'a']);
  });
});

describe('activeCount', () => {
  it('counts everyone not discharged', () => {
    expect(activeCount([row('a'), row('b', { discharged: true }), row('c', { discharged: undefined })])).toBe(
      2,
    );
  });
});
