import { describe, expect, it } from 'vitest';
import { nextReviewDue } from './schedule.ts';

describe('nextReviewDue', () => {
  it('is six months on while the programme is below good fidelity', () => {
    expect(nextReviewDue('2026-03-15', 'fair')).toBe('2026-09-15');
    expect(nextReviewDue('2026-03-15', 'not_ips')).toBe('2026-09-15');
  });

  it('is a year on once the programme reaches good or exemplary fidelity', () => {
    expect(nextReviewDue('2026-03-15', 'good')).toBe('2027-03-15');
    expect(nextReviewDue('2026-03-15', 'exemplary')).toBe('2027-03-15');
  });

  it('falls back to the last day of a shorter month', () => {
    expect(nextReviewDue('2026-08-31', 'fair')).toBe('2027-02-28');
  });

  it('crosses the year end', () => {
    expect(nextReviewDue('2026-11-30T10:00:00Z', 'fair')).toBe('2027-05-30');
  });
});
