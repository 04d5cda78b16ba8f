/** Bad input gives a specific error naming the column and row, never a crash or a number. */
import { describe, expect, it } from 'vitest';
import { AppError } from '../../domain/app-error.ts';
import { analyse } from './analyse.ts';
import { parseStudies } from './csv.ts';
import { runMeta } from './run.ts';

const HEADER = 'study,events_t,n_t,events_c,n_c,generosity';
const ROWS = ['A,10,50,5,50,0.2', 'B,12,40,6,42,0.5', 'C,20,80,9,75,0.9'];
const csv = (...rows: string[]) => [HEADER, ...rows].join('\n');
const options = { measure: 'RR' as const, method: 'REML' as const, hksj: false, mods: [] as string[] };

function fieldErrors(run: () => unknown) {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return (error as AppError).extra.errors ?? [];
  }
  throw new Error('expected a validation error');
}

describe('ips meta refuses bad input with the column and row named', () => {
  it('a missing column', () => {
    const errors = fieldErrors(() => parseStudies('study,events_t,n_t,n_c\nA,1,10,10', []));
    expect(errors).toEqual([{ path: 'events_c', message: 'column events_c is missing from the header' }]);
  });

  it('a moderator column asked for but missing', () => {
    expect(fieldErrors(() => parseStudies(csv(...ROWS), ['protection']))[0]?.path).toBe('protection');
  });

  it('events above n', () => {
    const errors = fieldErrors(() => parseStudies(csv(ROWS[0] as string, 'B,60,40,6,42,0.5'), []));
    expect(errors).toEqual([{ path: 'events_t', message: 'row 3: events_t (60) is above n_t (40)' }]);
  });

  it('negative or fractional counts', () => {
    const errors = fieldErrors(() => parseStudies(csv('A,10,50,-5,50,0.2', 'B,1.5,40,6,42,0.5'), []));
    expect(errors.map((e) => e.message)).toEqual([
      'row 2: events_c must be a whole number ≥ 0, got "-5"',
      'row 3: events_t must be a whole number ≥ 0, got "1.5"',
    ]);
  });

  it('a non-numeric moderator', () => {
    const errors = fieldErrors(() =>
      parseStudies(csv(ROWS[0] as string, 'B,12,40,6,42,high'), ['generosity']),
    );
    expect(errors).toEqual([
      { path: 'generosity', message: 'row 3: moderator generosity must be a number, got "high"' },
    ]);
  });

  it('a moderator constant across studies is refused, named', () => {
    const rows = ['A,10,50,5,50,0.4', 'B,12,40,6,42,0.4', 'C,20,80,9,75,0.4'];
    const errors = fieldErrors(() => runMeta(csv(...rows), { ...options, mods: ['generosity'] }));
    expect(errors).toEqual([
      {
        path: 'generosity',
        message: 'moderator generosity has the same value in every study, so it explains nothing',
      },
    ]);
  });

  it('moderators with MH are refused', () => {
    expect(
      fieldErrors(() => runMeta(csv(...ROWS), { ...options, method: 'MH', mods: ['generosity'] }))[0]?.path,
    ).toBe('mods');
  });

  it('a file without studies', () => {
    expect(fieldErrors(() => parseStudies(HEADER, []))[0]?.message).toBe('the file has no studies');
  });

  it('a single study: its own estimate, no heterogeneity', () => {
    const result = analyse(parseStudies(csv(ROWS[0] as string), []), { ...options, hksj: true });
    expect(result.k).toBe(1);
    expect(result.coefficients.estimate[0]).toBeCloseTo(Math.log(2), 12);
    expect(result.tau2).toBe(0);
    expect(result.tau2Ci).toBeNull();
    expect(result.heterogeneity).toEqual({ Q: 0, Qdf: 0, Qp: 1, I2: 0, H2: 1 });
    expect(result.df).toBeNull();
    expect(result.egger).toBeNull();
    expect(result.leaveOneOut).toEqual([]);
  });

  it('studies without events in either arm are dropped for ratios and named', () => {
    const result = analyse(parseStudies(csv(...ROWS, 'D,0,30,0,30,0.1'), []), options);
    expect(result.dropped).toEqual(['D']);
    expect(result.k).toBe(3);
  });
});
