import { describe, expect, it } from 'vitest';
import { DEFAULT_CASEWORK_SETTINGS } from './casework-settings.ts';
import { employmentTypes } from './code-lists.ts';
import {
  countsAsJobStart,
  firstJobStart,
  isCompetitive,
  isCompetitiveType,
  isWageSubsidised,
  type JobContext,
  type JobFacts,
  type JobInput,
  validateJob,
} from './employment.ts';

const settings = DEFAULT_CASEWORK_SETTINGS; // 4 paid hours a week

describe('competitive work', () => {
  it('counts only ordinary work, with or without wage subsidy', () => {
    const competitive = employmentTypes.codes.filter(isCompetitiveType);
    expect(competitive).toEqual(['ordinary_competitive', 'competitive_wage_subsidy']);
    expect(employmentTypes.codes.filter(isWageSubsidised)).toEqual(['competitive_wage_subsidy']);
  });

  it('needs pay and at least the threshold hours', () => {
    const job = { employmentType: 'ordinary_competitive', hoursPerWeek: 4, wageType: 'hourly' } as const;
    expect(isCompetitive(job, settings)).toBe(true);
    expect(isCompetitive({ ...job, hoursPerWeek: 3.5 }, settings)).toBe(false);
    expect(isCompetitive({ ...job, wageType: 'unpaid' }, settings)).toBe(false);
    expect(isCompetitive(job, { competitiveMinHoursPerWeek: 10 })).toBe(false);
    expect(isCompetitive({ ...job, employmentType: 'competitive_wage_subsidy' }, settings)).toBe(true);
  });

  it('never counts work practice, sheltered work, volunteering or education, whatever the hours', () => {
    for (const employmentType of ['work_practice', 'sheltered_vta', 'volunteering', 'education'] as const) {
      expect(countsAsJobStart({ employmentType, hoursPerWeek: 37.5, wageType: 'monthly' }, settings)).toBe(
        false,
      );
    }
  });

  it('finds the earliest job that counts as a job start', () => {
    const job = (
      employmentType: JobFacts['employmentType'],
      startDate: string,
      hoursPerWeek = 10,
    ): JobFacts => ({
      employmentType,
      hoursPerWeek,
      wageType: 'hourly',
      startDate,
      endDate: null,
    });
    const jobs = [
      job('ordinary_competitive', '2026-04-01'),
      job('work_practice', '2026-01-01'),
      job('ordinary_competitive', '2026-02-01', 3),
      job('competitive_wage_subsidy', '2026-03-01'),
    ];
    expect(firstJobStart(jobs, settings)).toBe(jobs[3]);
    expect(firstJobStart([jobs[1] as JobFacts], settings)).toBeNull();
    expect(firstJobStart([], settings)).toBeNull();
  });
});

describe('job rules', () => {
  const input: JobInput = {
    startDate: '2026-02-01',
    endDate: null,
    endReason: null,
    hoursPerWeek: 20,
    employmentType: 'ordinary_competitive',
    wageType: 'hourly',
  };
  const context: JobContext = {
    referralDate: '2026-01-10',
    today: '2026-03-01',
    existing: [],
    employerId: 'employer-1',
    title: 'Kokk',
  };
  const paths = (i: Partial<JobInput>, c: Partial<JobContext> = {}) =>
    validateJob({ ...input, ...i }, { ...context, ...c }).map((e) => e.path);

  it('accepts a plain ongoing job', () => {
    expect(validateJob(input, context)).toEqual([]);
  });

  it('refuses a start before the referral and allows a planned start up to 60 days ahead', () => {
    expect(validateJob({ ...input, startDate: '2026-01-09' }, context)).toEqual([
      { path: 'startDate', message: 'startDate must not be before the referral date' },
    ]);
    expect(paths({ startDate: '2026-01-10' })).toEqual([]);
    expect(paths({ startDate: '2026-04-30' })).toEqual([]); // 1 March + 60 days
    expect(paths({ startDate: '2026-05-01' })).toEqual(['startDate']);
  });

  it('checks the end date and its reason together', () => {
    expect(validateJob({ ...input, endDate: '2026-01-31', endReason: 'health' }, context)).toEqual([
      { path: 'endDate', message: 'endDate must not be before startDate' },
    ]);
    expect(paths({ endDate: '2026-02-01', endReason: 'health' })).toEqual([]);
    expect(paths({ endDate: '2026-03-02', endReason: 'health' })).toEqual(['endDate']);
    expect(paths({ endDate: '2026-02-20' })).toEqual(['endReason']);
    expect(paths({ endReason: 'health' })).toEqual(['endReason']);
  });

  it('keeps hours between 0 and 75', () => {
    expect(paths({ hoursPerWeek: 0 })).toEqual([]);
    expect(paths({ hoursPerWeek: 75 })).toEqual([]);
    expect(paths({ hoursPerWeek: 75.5 })).toEqual(['hoursPerWeek']);
    expect(paths({ hoursPerWeek: -1 })).toEqual(['hoursPerWeek']);
    expect(paths({ hoursPerWeek: Number.NaN })).toEqual(['hoursPerWeek']);
  });

  it('refuses unpaid competitive work but not unpaid volunteering', () => {
    expect(paths({ wageType: 'unpaid' })).toEqual(['wageType']);
    expect(paths({ wageType: 'unpaid', employmentType: 'competitive_wage_subsidy' })).toEqual(['wageType']);
    expect(paths({ wageType: 'unpaid', employmentType: 'volunteering' })).toEqual([]);
  });

  it('refuses a job overlapping one with the same employer and title', () => {
    const existing = [
      { id: 'job-1', employerId: 'employer-1', title: ' kokk ', startDate: '2026-01-15', endDate: null },
    ];
    expect(validateJob(input, { ...context, existing })).toEqual([
      {
        path: 'startDate',
        message: 'startDate overlaps an identical job (same employer and title) from 2026-01-15',
      },
    ]);
    expect(paths({}, { existing, employerId: 'employer-2' })).toEqual([]);
    expect(paths({}, { existing, title: 'Servitør' })).toEqual([]);
    expect(paths({}, { existing, jobId: 'job-1' })).toEqual([]);
  });

  it('treats the end date as the last day worked when comparing dates', () => {
    const ended = [
      { employerId: 'employer-1', title: 'Kokk', startDate: '2026-01-15', endDate: '2026-01-31' },
    ];
    expect(paths({}, { existing: ended })).toEqual([]);
    expect(paths({ startDate: '2026-01-31' }, { existing: ended })).toEqual(['startDate']);
    // A new job that ended before the existing one began does not overlap it.
    const later = [{ employerId: 'employer-1', title: 'Kokk', startDate: '2026-02-15', endDate: null }];
    expect(
      paths({ startDate: '2026-01-20', endDate: '2026-02-14', endReason: 'other' }, { existing: later }),
    ).toEqual([]);
    expect(
      paths({ startDate: '2026-01-20', endDate: '2026-02-15', endReason: 'other' }, { existing: later }),
    ).toEqual(['startDate']);
  });
});
