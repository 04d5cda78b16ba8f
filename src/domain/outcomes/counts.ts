import { type ReferralSource, referralSources } from '../code-lists.ts';
import { addWeekTables, emptyWeekTable, type WeekTable } from './life-table.ts';

/**
 * The additive counts of one unit (a job specialist or a programme) in one fixed period (a quarter or
 * a year). A summary table stores one row of these per unit and period; team, programme, region and
 * national figures are the sum over units (`addCounts`), and every figure is computed from the sum
 * (`figuresOf` in figures.ts), so a rate is never an average of rates and a median never a median of
 * medians. Counts add across units of the same period only: a participant active in two quarters is
 * counted in each, so a year is counted as a year, never as the sum of its quarters.
 *
 * Cohort counts (time to first contact or job, tenure, 13-week retention, workforce tenure) follow the
 * spells that started in the period up to the day they were counted (`asOf`), so raw and
 * pre-aggregated figures agree when computed with the same `asOf`.
 */
export interface UnitCounts {
  /** Participants on the active caseload on at least one day of the period (caseload.ts). */
  active: number;
  /** Participants on the active caseload on the period's last observed day. */
  activeAtEnd: number;
  /** Active participants who have had a counted job start in IPS by the period's end (Tyrili's "17"). */
  activeEverEmployed: number;

  /** Referrals (episodes opened, re-referrals included) in the period, in total and by source. */
  referrals: number;
  referralsBySource: Record<ReferralSource, number>;

  /** Participants whose first counted job start in IPS falls in the period (job-starts.ts). */
  firstJobStarts: number;
  /** Counted job starts in the period, first and later; wage-subsidised ones counted and flagged. */
  jobStarts: number;
  wageSubsidisedStarts: number;
  /** Job starts that do not count: work practice, VTA, volunteering, unpaid or below the hours threshold. */
  startsNotCounted: number;
  /** Sum of hours per week over the counted job starts (mean = hoursPerWeekSum / jobStarts). */
  hoursPerWeekSum: number;

  /** Employment rate, US Learning Community: worked ≥ 1 day in a counted job ÷ active (employment-rate.ts). */
  usLcEmployed: number;
  usLcDenominator: number;
  /** Employment rate, IPS Grow: the same, among those out of work at referral only. */
  ipsGrowEmployed: number;
  ipsGrowDenominator: number;
  /** Active participants whose work status at referral is not recorded: in neither IPS Grow count. */
  workAtReferralUnknown: number;

  /** Job retention, reported apart: active participants in work at referral, and of them those working. */
  inWorkAtReferral: number;
  inWorkAtReferralWorking: number;

  /** Education (IPS ung): ordinary education started, active participants studying, in work or study. */
  educationStarts: number;
  inEducation: number;
  inWorkOrEducation: number;

  /** 13-week retention of the period's counted job starts whose 13th week has been reached. */
  retention13Working: number;
  retention13Denominator: number;
  /** Starts of the period whose 13th week lies after `asOf`: not yet in either count. */
  retention13Pending: number;

  /** Kaplan–Meier input: tenure of counted jobs started in the period, ongoing jobs censored. */
  tenure: WeekTable;
  /** Weeks from referral to the first meeting (first held face-to-face contact with her), per referral of the period. */
  timeToFirstMeeting: WeekTable;
  /** Weeks from referral to the first face-to-face employer contact, per referral of the period. */
  timeToEmployerContact: WeekTable;
  /** Weeks from referral to the first counted job start, per referral of the period. */
  timeToJob: WeekTable;

  /** Discharges in the period, in total and by reason (code in dischargeReasons). */
  discharges: number;
  dischargesByReason: Record<string, number>;

  /** Job specialists employed on the period's first and last day, their FTE at the end, and movement. */
  specialistsAtStart: number;
  specialistsAtEnd: number;
  fteAtEnd: number;
  specialistJoiners: number;
  specialistLeavers: number;
  /** Days served so far by the specialists employed at the end (mean tenure of current staff). */
  specialistServiceDaysAtEnd: number;
  /** Kaplan–Meier input: employment spells of specialists who started in the period. */
  workforceTenure: WeekTable;

  /** Logged minutes in the community and working minutes (community + office + team meetings). */
  communityMinutes: number;
  workingMinutes: number;
}

function zeroBySource(): Record<ReferralSource, number> {
  return Object.fromEntries(referralSources.codes.map((s) => [s, 0])) as Record<ReferralSource, number>;
}

export function emptyCounts(): UnitCounts {
  return {
    active: 0,
    activeAtEnd: 0,
    activeEverEmployed: 0,
    referrals: 0,
    referralsBySource: zeroBySource(),
    firstJobStarts: 0,
    jobStarts: 0,
    wageSubsidisedStarts: 0,
    startsNotCounted: 0,
    hoursPerWeekSum: 0,
    usLcEmployed: 0,
    usLcDenominator: 0,
    ipsGrowEmployed: 0,
    ipsGrowDenominator: 0,
    workAtReferralUnknown: 0,
    inWorkAtReferral: 0,
    inWorkAtReferralWorking: 0,
    educationStarts: 0,
    inEducation: 0,
    inWorkOrEducation: 0,
    retention13Working: 0,
    retention13Denominator: 0,
    retention13Pending: 0,
    tenure: emptyWeekTable(),
    timeToFirstMeeting: emptyWeekTable(),
    timeToEmployerContact: emptyWeekTable(),
    timeToJob: emptyWeekTable(),
    discharges: 0,
    dischargesByReason: {},
    specialistsAtStart: 0,
    specialistsAtEnd: 0,
    fteAtEnd: 0,
    specialistJoiners: 0,
    specialistLeavers: 0,
    specialistServiceDaysAtEnd: 0,
    workforceTenure: emptyWeekTable(),
    communityMinutes: 0,
    workingMinutes: 0,
  };
}

function addRecords<K extends string>(a: Record<K, number>, b: Record<K, number>): Record<K, number> {
  const out = { ...a };
  for (const k of Object.keys(b) as K[]) out[k] = (out[k] ?? 0) + b[k];
  return out;
}

/** The counts of two disjoint sets of participants (or specialists) taken together. */
export function addCounts(a: UnitCounts, b: UnitCounts): UnitCounts {
  const out = { ...a } as Record<keyof UnitCounts, unknown>;
  for (const key of Object.keys(b) as (keyof UnitCounts)[]) {
    const x = a[key];
    const y = b[key];
    if (typeof x === 'number' && typeof y === 'number') out[key] = x + y;
    else if (isWeekTable(x) && isWeekTable(y)) out[key] = addWeekTables(x, y);
    else out[key] = addRecords(x as Record<string, number>, y as Record<string, number>);
  }
  return out as UnitCounts;
}

function isWeekTable(v: unknown): v is WeekTable {
  return typeof v === 'object' && v !== null && 'events' in v && 'censored' in v;
}

/** Adds `b` into `into`, whose tables and records are its own (sumCounts' accumulator). */
function addInto(into: Record<keyof UnitCounts, unknown>, b: UnitCounts): void {
  for (const key of Object.keys(b) as (keyof UnitCounts)[]) {
    const x = into[key];
    const y = b[key];
    if (typeof x === 'number' && typeof y === 'number') into[key] = x + y;
    else if (isWeekTable(x) && isWeekTable(y)) {
      addArrayInto(x.events, y.events);
      addArrayInto(x.censored, y.censored);
    } else {
      const record = x as Record<string, number>;
      for (const [k, v] of Object.entries(y as Record<string, number>)) record[k] = (record[k] ?? 0) + v;
    }
  }
}

function addArrayInto(into: number[], b: readonly number[]): void {
  for (let i = 0; i < b.length; i++) into[i] = (into[i] ?? 0) + (b[i] as number);
}

/**
 * The sum of many units' counts (a team, a programme, a region, the country): what folding
 * `addCounts` gives, added into one accumulator, as a national table sums hundreds of units per
 * period.
 */
export function sumCounts(all: readonly UnitCounts[]): UnitCounts {
  const out = emptyCounts();
  for (const c of all) addInto(out as Record<keyof UnitCounts, unknown>, c);
  return out;
}
