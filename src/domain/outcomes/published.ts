import type { ReferralSource } from '../code-lists.ts';
import type { UnitCounts } from './counts.ts';
import { type Figures, type FiguresLevel, figuresOf, type OutcomeMeasures } from './figures.ts';
import {
  HIDDEN,
  type PublishedRate,
  type PublishedSurvival,
  publishMean,
  publishParts,
  publishRate,
  publishShare,
  publishSurvival,
  shown,
} from './published-parts.ts';
import type { PeriodKey } from './quarters.ts';
import { type Cell, checkedThreshold, suppressCount } from './suppression.ts';
import type { OutcomeSettings, TargetStatus } from './targets.ts';

/**
 * The figures as they may leave the programme (region and national views, exports): every count of
 * people a cell, withheld below the threshold, with secondary suppression where counts add up to a
 * published total (the caseload split by work status at referral, those working split the same way,
 * referrals by source, discharges by reason, first and later starts, subsidised and other starts).
 * A share is withheld with its numerator, a band or target with its share, a mean with its count.
 */
export interface PublishedFigures extends OutcomeMeasures<Cell, PublishedRate, PublishedSurvival> {
  threshold: number;
  referrals: { total: Cell; bySource: Record<ReferralSource, Cell> };
  meanHoursPerWeek: Cell;
  caseload: { perSpecialist: Cell; perFte: Cell };
  communityShare: Cell;
  workforce: {
    headcountAtEnd: Cell;
    joiners: Cell;
    leavers: Cell;
    annualTurnover: Cell;
    meanServiceYearsAtEnd: Cell;
    tenure: PublishedSurvival;
  };
  jobStartsPerFte: { value: Cell; target: TargetStatus };
}

/** Shown with its share only: a band or a target met says roughly what the share is. */
function judged<T>(rate: PublishedRate, judgement: T): T | null {
  return rate.value.suppressed ? null : judgement;
}

function employment(c: UnitCounts, f: Figures, t: number) {
  const active = publishParts(
    { ipsGrow: c.ipsGrowDenominator, atReferral: c.inWorkAtReferral, unknown: c.workAtReferralUnknown },
    t,
  );
  const unknownWorking = c.usLcEmployed - c.ipsGrowEmployed - c.inWorkAtReferralWorking;
  const working = publishParts(
    { ipsGrow: c.ipsGrowEmployed, atReferral: c.inWorkAtReferralWorking, unknown: unknownWorking },
    t,
  );
  const usLc = publishRate(c.usLcEmployed, c.usLcDenominator, working.total, active.total, t);
  const ipsGrow = publishRate(
    c.ipsGrowEmployed,
    c.ipsGrowDenominator,
    working.cells.ipsGrow,
    active.cells.ipsGrow,
    t,
  );
  const e = f.employmentRate;
  return {
    active: active.total,
    employmentRate: {
      usLearningCommunity: {
        ...usLc,
        band: judged(usLc, e.usLearningCommunity.band),
        target: judged(usLc, e.usLearningCommunity.target),
      },
      ipsGrow: { ...ipsGrow, target: judged(ipsGrow, e.ipsGrow.target) },
      workAtReferralUnknown: active.cells.unknown,
    },
    inWorkAtReferral: publishRate(
      c.inWorkAtReferralWorking,
      c.inWorkAtReferral,
      working.cells.atReferral,
      active.cells.atReferral,
      t,
    ),
  };
}

function starts(c: UnitCounts, f: Figures, t: number) {
  const order = publishParts({ first: c.firstJobStarts, later: c.jobStarts - c.firstJobStarts }, t);
  const kind = publishParts(
    { subsidised: c.wageSubsidisedStarts, other: c.jobStarts - c.wageSubsidisedStarts },
    t,
  );
  return {
    jobStarts: order.total,
    firstJobStarts: order.cells.first,
    wageSubsidisedStarts: kind.cells.subsidised,
    startsNotCounted: suppressCount(c.startsNotCounted, t),
    meanHoursPerWeek: publishMean(f.meanHoursPerWeek, order.total),
    jobStartsPerFte: {
      value: publishMean(f.jobStartsPerFte.value, order.total),
      target: order.total.suppressed ? null : f.jobStartsPerFte.target,
    },
  };
}

function workforce(c: UnitCounts, f: Figures, t: number): PublishedFigures['workforce'] {
  const headcount = suppressCount(c.specialistsAtEnd, t);
  const leavers = suppressCount(c.specialistLeavers, t);
  return {
    headcountAtEnd: headcount,
    joiners: suppressCount(c.specialistJoiners, t),
    leavers,
    annualTurnover: leavers.suppressed || headcount.suppressed ? HIDDEN : shown(f.workforce.annualTurnover),
    meanServiceYearsAtEnd: publishMean(f.workforce.meanServiceYearsAtEnd, headcount),
    tenure: publishSurvival(f.workforce.tenure, t),
  };
}

function discharges(c: UnitCounts, t: number): PublishedFigures['discharges'] {
  const byReason = publishParts(c.dischargesByReason, t);
  const inWork = c.dischargesByReason.in_work ?? 0;
  return {
    total: byReason.total,
    byReason: byReason.cells,
    inWork: publishRate(inWork, c.discharges, byReason.cells.in_work ?? shown(0), byReason.total, t),
  };
}

/** The figures of summed counts, suppressed with the threshold (never below 3) for use beyond the programme. */
export function publishedFiguresOf(
  c: UnitCounts,
  settings: OutcomeSettings,
  period: PeriodKey,
  threshold: number,
  level: FiguresLevel = 'aggregate',
): PublishedFigures {
  const t = checkedThreshold(threshold);
  const f = figuresOf(c, settings, period, level);
  const { active, ...rates } = employment(c, f, t);
  const referrals = publishParts(c.referralsBySource, t);
  const activeAtEnd = suppressCount(c.activeAtEnd, t);
  const perHead = (value: number | null, over: number) =>
    activeAtEnd.suppressed ? HIDDEN : publishMean(value, suppressCount(over, t));
  const retention13 = publishShare(c.retention13Working, c.retention13Denominator, t);
  return {
    threshold: t,
    activeCaseload: active,
    activeAtEnd,
    everEmployed: publishRate(
      c.activeEverEmployed,
      c.active,
      suppressCount(c.activeEverEmployed, t),
      active,
      t,
    ),
    referrals: { total: referrals.total, bySource: referrals.cells },
    ...starts(c, f, t),
    ...rates,
    education: {
      starts: suppressCount(c.educationStarts, t),
      inEducation: publishRate(c.inEducation, c.active, suppressCount(c.inEducation, t), active, t),
      inWorkOrEducation: publishRate(
        c.inWorkOrEducation,
        c.active,
        suppressCount(c.inWorkOrEducation, t),
        active,
        t,
      ),
    },
    retention13: {
      ...retention13,
      target: judged(retention13, f.retention13.target),
      pending: suppressCount(c.retention13Pending, t),
    },
    tenure: publishSurvival(f.tenure, t),
    timeToEmployerContact: publishSurvival(f.timeToEmployerContact, t),
    timeToJob: publishSurvival(f.timeToJob, t),
    discharges: discharges(c, t),
    caseload: {
      perSpecialist: perHead(f.caseload.perSpecialist, c.specialistsAtEnd),
      perFte: perHead(f.caseload.perFte, c.specialistsAtEnd),
    },
    // Minutes of the specialists' time are not counts of people.
    communityShare: shown(f.communityShare.value),
    workforce: workforce(c, f, t),
  };
}
