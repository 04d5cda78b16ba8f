import { describe, expect, it } from 'vitest';
import {
  daysBetween,
  parsePeriodKey,
  periodKeyProblems,
  periodOf,
  periodRangeProblems,
  quarterOf,
  quartersBetween,
  quartersOf,
} from './quarters.ts';

describe('period keys', () => {
  it('names the quarter of a date', () => {
    expect(['2026-01-01', '2026-03-31', '2026-04-01', '2026-12-31'].map(quarterOf)).toEqual([
      '2026Q1',
      '2026Q1',
      '2026Q2',
      '2026Q4',
    ]);
  });

  it('gives the days of a quarter and of a year', () => {
    expect(periodOf('2024Q1')).toEqual({ from: '2024-01-01', to: '2024-03-31' });
    expect(periodOf('2026Q3')).toEqual({ from: '2026-07-01', to: '2026-09-30' });
    expect(periodOf('2026')).toEqual({ from: '2026-01-01', to: '2026-12-31' });
  });

  it('accepts quarters and years only', () => {
    expect(['2026Q1', '2026', '2026Q5', '2026-01', '26Q1', '2026q1'].map(parsePeriodKey)).toEqual([
      '2026Q1',
      '2026',
      null,
      null,
      null,
      null,
    ]);
  });

  it('lists the quarters between two, across a year end, and none when reversed', () => {
    expect(quartersBetween('2025Q3', '2026Q2')).toEqual(['2025Q3', '2025Q4', '2026Q1', '2026Q2']);
    expect(quartersBetween('2026Q2', '2026Q1')).toEqual([]);
    expect(quartersOf('2026')).toEqual(['2026Q1', '2026Q2', '2026Q3', '2026Q4']);
  });

  it('counts days across a leap day', () => {
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2026-03-01', '2026-03-01')).toBe(0);
  });
});

describe('period problems', () => {
  const today = '2026-05-10';
  it('refuses a malformed period and one in the future, naming the field', () => {
    expect(periodKeyProblems('2026-Q1', today)).toEqual([
      { path: 'period', message: 'period must be a quarter like 2026Q1 or a year like 2026' },
    ]);
    expect(periodKeyProblems('2026Q3', today)).toEqual([
      { path: 'period', message: 'period 2026Q3 lies in the future' },
    ]);
    expect(periodKeyProblems('2026Q2', today)).toEqual([]);
    expect(periodKeyProblems('2026', today)).toEqual([]);
  });

  it('refuses a range that ends before it starts', () => {
    expect(periodRangeProblems('2026Q1', '2025', today)).toEqual([
      { path: 'to', message: 'to (2025) ends before from (2026Q1) starts' },
    ]);
    expect(periodRangeProblems('2025', '2026Q1', today)).toEqual([]);
  });
});
