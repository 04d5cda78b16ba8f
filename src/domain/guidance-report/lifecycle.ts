import { AppError } from '../app-error.ts';
import { addDays } from '../employment.ts';

/**
 * A report is drafted and edited, shared with the participant for her comments, and finalised.
 * A final report is never changed again: it is what NAV's archive holds.
 */
export const REPORT_STATES = ['draft', 'shared', 'final'] as const;
export type ReportState = (typeof REPORT_STATES)[number];

export type ReportStep = 'edit' | 'share' | 'finalise' | 'comment' | 'deliver';

/** The conflict of a step with the report's state, or null when the step may be taken. */
export function stepConflict(state: ReportState, step: ReportStep): AppError | null {
  if (step === 'deliver')
    return state === 'final'
      ? null
      : conflict('report_not_final', 'only a finalised report is delivered to the archive');
  if (step === 'comment')
    return state === 'shared'
      ? null
      : conflict('report_not_shared', 'comments are taken while the report is shared with the participant');
  if (state !== 'final') return null;
  return step === 'finalise'
    ? conflict('report_already_final', 'the report is already finalised')
    : conflict('report_final', 'a finalised report cannot be changed: draft a new report instead');
}

function conflict(code: string, message: string): AppError {
  return new AppError('conflict', message, { reason: code });
}

/** When the next report is due: the interval after the last report's period, else after referral. */
export function nextReportDue(
  lastPeriodTo: string | null,
  referralDate: string,
  intervalDays: number,
): string {
  return addDays(lastPeriodTo ?? referralDate, intervalDays);
}

/** A new report's period: from the day after the newest report's period (or the referral) to today. */
export function nextPeriod(
  reports: readonly { periodTo: string }[],
  referralDate: string,
  today: string,
): { from: string; to: string } {
  const newest = reports.reduce<string | null>(
    (m, r) => (m === null || r.periodTo > m ? r.periodTo : m),
    null,
  );
  const from = newest ? addDays(newest, 1) : referralDate;
  return { from: from > today ? today : from, to: today };
}
