import { describe, expect, it } from 'vitest';
import { AppError } from '../app-error.ts';
import { defaultPeriods, reportPeriods } from './report-period.ts';

const TODAY = '2026-05-20';

function refusal(text: string): string {
  try {
    reportPeriods(text, TODAY);
  } catch (e) {
    expect(e).toBeInstanceOf(AppError);
    const errors = (e as AppError).extra.errors ?? [];
    expect(errors.map((x) => x.path)).toEqual(['period']);
    return errors[0]?.message ?? '';
  }
  throw new Error(`${text} was accepted`);
}

describe('the periods of a report', () => {
  it('reads ranges of quarters or years and single ones; the quarter in progress is allowed', () => {
    expect(reportPeriods('2025Q3..2026Q2', TODAY)).toEqual(['2025Q3', '2025Q4', '2026Q1', '2026Q2']);
    expect(reportPeriods('2024..2026', TODAY)).toEqual(['2024', '2025', '2026']);
    expect(reportPeriods('2026Q1', TODAY)).toEqual(['2026Q1']);
  });

  it('defaults to the last four quarters through today’s', () => {
    expect(defaultPeriods(TODAY)).toEqual(['2025Q3', '2025Q4', '2026Q1', '2026Q2']);
    expect(reportPeriods(undefined, '2026-01-01')).toEqual(['2025Q2', '2025Q3', '2025Q4', '2026Q1']);
  });

  it('refuses a range that ends before it starts, one in the future, mixed or malformed ones', () => {
    expect(refusal('2026Q4..2026Q1')).toContain('ends before it starts');
    expect(refusal('2026Q3')).toContain('lies in the future');
    expect(refusal('2026Q1..2026Q3')).toContain('lies in the future');
    expect(refusal('2025..2026Q1')).toContain('from a quarter to a quarter');
    expect(refusal('2026-01-01')).toContain('must be a quarter or year');
    expect(refusal('2016Q1..2026Q2')).toContain('at most 40');
  });
});
