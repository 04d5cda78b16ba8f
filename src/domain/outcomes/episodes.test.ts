import { describe, expect, it } from 'vitest';
import { discharged, history, job, referred, stage } from '../../../test/support/outcome-histories.ts';
import { activeRanges, countedStarts, episodesOf, observedOn } from './episodes.ts';
import { DEFAULT_OUTCOME_SETTINGS as S } from './targets.ts';

const reentry = history('R', '2025-01-10', {
  stages: [
    referred('2025-01-10'),
    stage('paused', '2025-03-01'),
    stage('job_search', '2025-04-01'),
    discharged('2025-06-30', 'moved'),
    referred('2025-10-01'),
    discharged('2026-01-31', 'in_work'),
  ],
});

describe('episodes', () => {
  it('end at a discharge and start again at a re-referral; a pause ends nothing', () => {
    expect(episodesOf(reentry, '2026-12-31')).toEqual([
      { start: '2025-01-10', end: '2025-06-30', dischargeReason: 'moved' },
      { start: '2025-10-01', end: '2026-01-31', dischargeReason: 'in_work' },
    ]);
  });

  it('are still open on a day before their discharge, and absent before the referral', () => {
    expect(episodesOf(reentry, '2025-11-01')).toEqual([
      { start: '2025-01-10', end: '2025-06-30', dischargeReason: 'moved' },
      { start: '2025-10-01', end: null, dischargeReason: null },
    ]);
    expect(episodesOf(reentry, '2025-01-09')).toEqual([]);
  });

  it('give the active days within a window, the gap between them left out', () => {
    const w = { from: '2025-04-01', to: '2025-12-31', asOf: '2026-12-31' };
    expect(activeRanges(episodesOf(reentry, w.asOf), w)).toEqual([
      ['2025-04-01', '2025-06-30'],
      ['2025-10-01', '2025-12-31'],
    ]);
  });
});

describe('observedOn and countedStarts', () => {
  const h = history('J', '2025-01-10', {
    employedAtReferral: true,
    jobs: [
      job('2024-06-01', null), // held at referral: retention, not a start
      job('2025-03-01', '2025-12-31'),
      job('2025-08-01', null, { employmentType: 'sheltered_vta' }),
      job('2025-09-01', null, { wageType: 'unpaid' }),
      job('2026-02-01', null), // planned: not observed on 2025-12-01
    ],
  });

  it('sees a job ending later as running, and no job starting later', () => {
    const seen = observedOn(h, '2025-12-01');
    expect(seen.jobs.map((j) => [j.startDate, j.endDate])).toEqual([
      ['2024-06-01', null],
      ['2025-03-01', null],
      ['2025-08-01', null],
      ['2025-09-01', null],
    ]);
  });

  it('counts only paid competitive jobs started while on the caseload', () => {
    const starts = countedStarts(h.jobs, episodesOf(h, '2026-12-31'), S);
    expect(starts.map((j) => j.startDate)).toEqual(['2025-03-01', '2026-02-01']);
  });
});
