import { describe, expect, it } from 'vitest';
import { ACTIVITY, PEOPLE, SPECIALISTS } from '../../../test/support/outcome-scenario.ts';
import { countUnit, windowOf } from './count-unit.ts';
import { emptyCounts } from './counts.ts';
import { figuresOf } from './figures.ts';
import { funnelOf } from './reports.ts';
import { DEFAULT_OUTCOME_SETTINGS as S } from './targets.ts';

const counted = () =>
  countUnit(PEOPLE, ACTIVITY, '2026Q1', S, { asOf: '2026-06-30', specialists: SPECIALISTS });

// Every number below is worked out by hand from test/support/outcome-scenario.ts (A–G, s1–s4).
describe('countUnit on the constructed programme, 2026Q1 counted on 2026-06-30', () => {
  it('counts the caseload, referrals, job starts and discharges', () => {
    expect(counted()).toMatchObject({
      active: 6, // A B C D E G; F is referred after the quarter
      activeAtEnd: 4, // E and G were discharged before 31 March
      activeEverEmployed: 3, // A, B, and D (a start in its 2025 episode); C's job predates IPS
      referrals: 3, // B, G, and D's re-referral
      referralsBySource: { clinician: 1, municipality: 1, nav: 1, self: 0, other: 0 },
      firstJobStarts: 2, // A and B; D's first start was in 2025
      jobStarts: 4, // A twice (overlapping), B's wage-subsidised job, D's job after re-entry
      wageSubsidisedStarts: 1,
      startsNotCounted: 3, // B's work practice and 3-hour job, E's volunteering
      hoursPerWeekSum: 20 + 8 + 10 + 15,
      discharges: 2,
      dischargesByReason: { no_longer_wants_work: 1, in_education: 1 },
    });
  });

  it('counts both employment rates, job retention at referral and education', () => {
    expect(counted()).toMatchObject({
      usLcEmployed: 4, // A, B, C (job held at referral), D
      usLcDenominator: 6,
      ipsGrowEmployed: 2, // A, B
      ipsGrowDenominator: 4, // A, B, E, G: out of work at referral
      workAtReferralUnknown: 1, // D
      inWorkAtReferral: 1,
      inWorkAtReferralWorking: 1,
      educationStarts: 1,
      inEducation: 1,
      inWorkOrEducation: 5, // the four who worked and G
    });
  });

  it('follows the quarter’s job starts for 13 weeks and for tenure, ongoing jobs censored', () => {
    const c = counted();
    // A's two jobs and B's reach day 91 in another or the same job; D's 6-day job does not.
    expect(c).toMatchObject({ retention13Working: 3, retention13Denominator: 4, retention13Pending: 0 });
    // D ends on day 5 (week 0), A's first on day 41 (week 5); B censored on day 121, A's second on day 149.
    expect(c.tenure.events).toEqual([1, 0, 0, 0, 0, 1, ...zeros(16)]);
    expect(c.tenure.censored).toEqual([...zeros(17), 1, 0, 0, 0, 1]);
  });

  it('times the quarter’s referrals to the first face-to-face employer contact and the first job', () => {
    const c = counted();
    // B: met face to face on day 7 (not the phone call on day 1 nor the no-show on day 4);
    // D: day 14 of the re-referral (the 2025 meeting and the NAV meeting do not count); G: none, discharged day 69.
    expect(weeks(c.timeToFirstMeeting)).toEqual({ events: { 1: 1, 2: 1 }, censored: { 9: 1 } });
    // B: face-to-face on day 14 (the phone call on day 5 does not count); D: none by day 140; G: discharged day 69.
    expect(weeks(c.timeToEmployerContact)).toEqual({ events: { 2: 1 }, censored: { 9: 1, 20: 1 } });
    // B: day 45; D: day 38; G: discharged on day 69 without a job.
    expect(weeks(c.timeToJob)).toEqual({ events: { 5: 1, 6: 1 }, censored: { 9: 1 } });
    expect(funnelOf(c)).toEqual({ referrals: 3, firstMeeting: 2, employerContact: 1, jobStart: 2 });
  });

  it('counts the workforce and the community time', () => {
    expect(counted()).toMatchObject({
      specialistsAtStart: 2, // s1, s2
      specialistsAtEnd: 3, // s1, s3, s4 (s4's end lies after the day of counting)
      fteAtEnd: 2.5,
      specialistJoiners: 2,
      specialistLeavers: 1,
      specialistServiceDaysAtEnd: 820 + 30 + 58,
      communityMinutes: 300, // April's minutes are outside the quarter; travel is in neither
      workingMinutes: 600,
    });
    expect(weeks(counted().workforceTenure)).toEqual({ events: {}, censored: { 17: 1, 21: 1 } });
  });

  it('gives the figures and bands of those counts', () => {
    const f = figuresOf(counted(), S, '2026Q1');
    expect(f.employmentRate.usLearningCommunity).toMatchObject({ value: 4 / 6, band: 'exceptional' });
    expect(f.employmentRate.ipsGrow).toMatchObject({ value: 0.5, target: 'met' });
    expect(f.tenure.medianWeeks).toBe(5);
    expect(f.timeToJob).toMatchObject({ medianWeeks: 6, shareCensored: 1 / 3 });
    expect(f.timeToEmployerContact.medianWeeks).toBeNull();
    expect(f.caseload).toEqual({ perSpecialist: 4 / 3, perFte: 4 / 2.5, fte: 2.5 });
    expect(f.workforce.annualTurnover).toBeCloseTo(1.6);
    expect(f.meanHoursPerWeek).toBe(53 / 4);
    expect(f.retention13).toMatchObject({ value: 0.75, target: 'met' });
  });
});

describe('countUnit on a quarter still running', () => {
  const mid = () =>
    countUnit(PEOPLE, ACTIVITY, '2026Q1', S, { asOf: '2026-02-15', specialists: SPECIALISTS });

  it('does not see events after the day of counting', () => {
    // B's wage-subsidised start (1 March), D's job (20 March) and E's discharge (28 February) lie ahead.
    expect(mid()).toMatchObject({ jobStarts: 2, wageSubsidisedStarts: 0, activeAtEnd: 6, discharges: 0 });
  });

  it('censors running jobs at the day of counting and holds back starts not yet 13 weeks old', () => {
    const c = mid();
    // A's first job ends 20 February, after 15 February: censored on day 36; the second on day 14.
    expect(weeks(c.tenure)).toEqual({ events: {}, censored: { 2: 1, 5: 1 } });
    expect(c).toMatchObject({ retention13Pending: 2, retention13Denominator: 0 });
  });

  it('counts nothing in a period that starts after the day of counting', () => {
    expect(countUnit(PEOPLE, ACTIVITY, '2026Q3', S, { asOf: '2026-06-30' })).toEqual(emptyCounts());
    expect(windowOf('2026Q3', '2026-06-30')).toBeNull();
  });
});

describe('the hours threshold is a setting', () => {
  it('counts a 3-hour job when the programme sets the threshold to 3', () => {
    const c = countUnit(
      PEOPLE,
      [],
      '2026Q1',
      { ...S, competitiveMinHoursPerWeek: 3 },
      { asOf: '2026-06-30' },
    );
    expect(c).toMatchObject({ jobStarts: 5, startsNotCounted: 2, hoursPerWeekSum: 56 });
  });
});

function zeros(n: number): number[] {
  return Array.from({ length: n }, () => 0);
}

/** A week table as the weeks that hold something, for readable expectations. */
function weeks(t: { events: number[]; censored: number[] }) {
  const nonZero = (xs: number[]) => Object.fromEntries(xs.flatMap((v, i) => (v > 0 ? [[i, v]] : [])));
  return { events: nonZero(t.events), censored: nonZero(t.censored) };
}
