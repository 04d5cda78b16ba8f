import type { ReferralSource } from '../code-lists.ts';
import type { UnitCounts } from './counts.ts';
import { kaplanMeier, type Survival } from './life-table.ts';
import { isQuarterKey, type PeriodKey } from './quarters.ts';
import {
  againstTarget,
  type OutcomeSettings,
  type TargetStatus,
  type UsLcBand,
  usLcBand,
} from './targets.ts';

/** A share with the counts it comes from; value is null when the denominator is 0. */
export interface Rate {
  numerator: number;
  denominator: number;
  value: number | null;
}

export function rate(numerator: number, denominator: number): Rate {
  return { numerator, denominator, value: denominator > 0 ? numerator / denominator : null };
}

function ratio(a: number, b: number): number | null {
  return b > 0 ? a / b : null;
}

/**
 * The measures the figures and the figures as published (published.ts) share, laid out once:
 * `N` a count of people, `R` a share, `S` a survival curve.
 */
export interface OutcomeMeasures<N, R, S> {
  activeCaseload: N;
  activeAtEnd: N;
  everEmployed: R;
  firstJobStarts: N;
  jobStarts: N;
  wageSubsidisedStarts: N;
  startsNotCounted: N;
  employmentRate: {
    usLearningCommunity: R & { band: UsLcBand | null; target: TargetStatus };
    ipsGrow: R & { target: TargetStatus };
    workAtReferralUnknown: N;
  };
  inWorkAtReferral: R;
  education: { starts: N; inEducation: R; inWorkOrEducation: R };
  retention13: R & { target: TargetStatus; pending: N };
  tenure: S;
  timeToEmployerContact: S;
  timeToJob: S;
  discharges: { total: N; byReason: Record<string, N>; inWork: R };
}

/** Everything a dashboard, an export or a report shows for a unit and period, computed from counts. */
export interface Figures extends OutcomeMeasures<number, Rate, Survival> {
  referrals: number;
  referralsBySource: Record<ReferralSource, number>;
  meanHoursPerWeek: number | null;
  caseload: { perSpecialist: number | null; perFte: number | null; fte: number };
  communityShare: Rate;
  workforce: {
    headcountAtEnd: number;
    joiners: number;
    leavers: number;
    /** Leavers ÷ mean of the headcount at the period's start and end, per year (a quarter's × 4). */
    annualTurnover: number | null;
    meanServiceYearsAtEnd: number | null;
    tenure: Survival;
  };
  /** Counted job starts per FTE, judged against the per-quarter target (× 4 for a year). */
  jobStartsPerFte: { value: number | null; target: TargetStatus };
}

const DAYS_PER_YEAR = 365.25;

/** Whose figures: one job specialist's are judged against her targets, any sum against the programme's. */
export type FiguresLevel = 'specialist' | 'aggregate';

/**
 * The figures of summed counts. Every figure is a function of the counts alone, so figures of
 * `addCounts(a, b)` equal the figures computed over a's and b's participants together.
 */
export function figuresOf(
  c: UnitCounts,
  settings: OutcomeSettings,
  period: PeriodKey,
  level: FiguresLevel = 'aggregate',
): Figures {
  const quarters = isQuarterKey(period) ? 1 : 4;
  const employmentTarget =
    level === 'specialist' ? settings.specialistEmploymentTarget : settings.programmeEmploymentTarget;
  const usLc = rate(c.usLcEmployed, c.usLcDenominator);
  const ipsGrow = rate(c.ipsGrowEmployed, c.ipsGrowDenominator);
  const retention13 = rate(c.retention13Working, c.retention13Denominator);
  const startsPerFte = ratio(c.jobStarts, c.fteAtEnd);
  return {
    activeCaseload: c.active,
    activeAtEnd: c.activeAtEnd,
    everEmployed: rate(c.activeEverEmployed, c.active),
    referrals: c.referrals,
    referralsBySource: c.referralsBySource,
    firstJobStarts: c.firstJobStarts,
    jobStarts: c.jobStarts,
    wageSubsidisedStarts: c.wageSubsidisedStarts,
    startsNotCounted: c.startsNotCounted,
    meanHoursPerWeek: ratio(c.hoursPerWeekSum, c.jobStarts),
    employmentRate: {
      usLearningCommunity: {
        ...usLc,
        band: usLcBand(usLc.value, settings.usLcBands),
        target: againstTarget(usLc.value, employmentTarget),
      },
      ipsGrow: { ...ipsGrow, target: againstTarget(ipsGrow.value, settings.ipsGrowEmploymentTarget) },
      workAtReferralUnknown: c.workAtReferralUnknown,
    },
    inWorkAtReferral: rate(c.inWorkAtReferralWorking, c.inWorkAtReferral),
    education: {
      starts: c.educationStarts,
      inEducation: rate(c.inEducation, c.active),
      inWorkOrEducation: rate(c.inWorkOrEducation, c.active),
    },
    retention13: {
      ...retention13,
      target: againstTarget(retention13.value, settings.retention13Target),
      pending: c.retention13Pending,
    },
    tenure: kaplanMeier(c.tenure),
    timeToEmployerContact: kaplanMeier(c.timeToEmployerContact),
    timeToJob: kaplanMeier(c.timeToJob),
    discharges: {
      total: c.discharges,
      byReason: c.dischargesByReason,
      inWork: rate(c.dischargesByReason.in_work ?? 0, c.discharges),
    },
    caseload: {
      perSpecialist: ratio(c.activeAtEnd, c.specialistsAtEnd),
      perFte: ratio(c.activeAtEnd, c.fteAtEnd),
      fte: c.fteAtEnd,
    },
    communityShare: rate(c.communityMinutes, c.workingMinutes),
    workforce: {
      headcountAtEnd: c.specialistsAtEnd,
      joiners: c.specialistJoiners,
      leavers: c.specialistLeavers,
      annualTurnover: ratio(
        (c.specialistLeavers * 4) / quarters,
        (c.specialistsAtStart + c.specialistsAtEnd) / 2,
      ),
      meanServiceYearsAtEnd: ratio(c.specialistServiceDaysAtEnd / DAYS_PER_YEAR, c.specialistsAtEnd),
      tenure: kaplanMeier(c.workforceTenure),
    },
    jobStartsPerFte: {
      value: startsPerFte,
      target: againstTarget(startsPerFte, settings.specialistJobStartsPerQuarter * quarters),
    },
  };
}
