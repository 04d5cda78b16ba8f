import { describe, expect, it } from 'vitest';
import { nb } from '../../i18n/nb.ts';
import { emptyEnd, emptyStart, startBody, validateEnd, validateStart } from './employment-form.ts';

const e = nb.unit.workforce.errors;

describe('starting an employment period', () => {
  it('takes the percentage of full time, with a decimal comma, as an FTE', () => {
    const values = { ...emptyStart('2026-03-04'), userId: 'u-1', ftePercent: '80' };
    expect(validateStart(values, nb)).toEqual({});
    expect(startBody(values)).toEqual({ userId: 'u-1', startDate: '2026-03-04', fte: 0.8 });
    expect(startBody({ ...values, ftePercent: '62,5' }).fte).toBe(0.625);
  });

  it('refuses no specialist and a percentage outside (0, 100]', () => {
    expect(validateStart({ ...emptyStart('2026-03-04'), ftePercent: '0' }, nb)).toEqual({
      userId: e.specialist,
      ftePercent: e.fte,
    });
    expect(validateStart({ userId: 'u-1', startDate: '2026-03-04', ftePercent: '120' }, nb).ftePercent).toBe(
      e.fte,
    );
  });
});

describe('ending an employment period', () => {
  it('needs a reason and an end date not before the start', () => {
    expect(validateEnd(emptyEnd('2026-03-04'), '2025-01-01', nb)).toEqual({ endReason: e.endReason });
    expect(validateEnd({ endDate: '2024-12-31', endReason: 'workload' }, '2025-01-01', nb)).toEqual({
      endDate: e.endBeforeStart,
    });
  });
});
