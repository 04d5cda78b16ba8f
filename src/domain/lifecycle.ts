import { type Stage, stages } from './code-lists.ts';
import type { FieldError } from './field-error.ts';

/**
 * A participant's path through IPS: referred → first_meeting → career_profile → job_search → in_work,
 * with a pause possible from any active stage and discharge as its own step (see validateDischarge).
 */
const PATH: readonly Stage[] = ['referred', 'first_meeting', 'career_profile', 'job_search', 'in_work'];

export const LOST_CONTACT = 'lost_contact';

export function isActiveStage(s: Stage): boolean {
  return s !== 'discharged';
}

/** Stages on the path (neither paused nor discharged). */
function isPathStage(s: Stage): boolean {
  return PATH.includes(s);
}

function forwardFrom(current: Stage): Stage[] {
  return PATH.slice(PATH.indexOf(current) + 1);
}

/**
 * Where a participant may go next. Forward moves may skip stages (rapid job search: no one has to
 * finish a career profile before looking for work); in_work goes back to job_search when a job ends.
 * Discharge is not listed: it has its own rules.
 */
export function allowedNextStages(current: Stage, pausedFrom?: Stage | null): Stage[] {
  if (current === 'discharged') return ['referred'];
  if (current === 'paused') {
    // The stage before the pause comes first, as the natural return; any path stage is allowed.
    const back = pausedFrom && isPathStage(pausedFrom) ? [pausedFrom] : [];
    return [...back, ...PATH.filter((s) => s !== pausedFrom)];
  }
  const next = forwardFrom(current);
  if (current === 'in_work') next.push('job_search');
  return [...next, 'paused'];
}

function label(s: Stage): string {
  return stages.labels[s].en;
}

interface DateFacts {
  effectiveDate: string;
  lastTransitionDate: string;
  today: string;
  referralDate?: string;
}

/** One message for the date, the first rule it breaks (a date before the referral is before every change). */
function dateProblem(input: DateFacts): string | null {
  if (input.effectiveDate > input.today) return 'effectiveDate must not be in the future';
  if (input.referralDate !== undefined && input.effectiveDate < input.referralDate) {
    return 'effectiveDate must not be before the referral date';
  }
  if (input.effectiveDate < input.lastTransitionDate) {
    return `effectiveDate must not be before the last stage change (${input.lastTransitionDate})`;
  }
  return null;
}

function dateErrors(input: DateFacts): FieldError[] {
  const message = dateProblem(input);
  return message === null ? [] : [{ path: 'effectiveDate', message }];
}

export function validateTransition(input: {
  from: Stage;
  to: Stage;
  effectiveDate: string;
  lastTransitionDate: string;
  referralDate: string;
  today: string;
}): FieldError[] {
  const errors: FieldError[] = [];
  if (!allowedNextStages(input.from).includes(input.to)) {
    errors.push({
      path: 'stage',
      message: `stage cannot change from ${label(input.from)} (${input.from}) to ${label(input.to)} (${input.to})`,
    });
  }
  return [...errors, ...dateErrors(input)];
}

function reasonErrors(reason: string | null, outreachAttempts: number, required: number): FieldError[] {
  if (reason === null || reason.trim() === '') {
    return [{ path: 'reason', message: 'reason is required: choose a discharge reason' }];
  }
  if (reason === LOST_CONTACT && outreachAttempts < required) {
    return [
      {
        path: 'reason',
        message:
          'reason lost_contact needs documented outreach: no one is discharged for missed appointments alone; ' +
          `${required} documented outreach attempts are needed and ${outreachAttempts} were found`,
      },
    ];
  }
  return [];
}

export function validateDischarge(input: {
  from: Stage;
  effectiveDate: string;
  lastTransitionDate: string;
  today: string;
  reason: string | null;
  outreachAttempts: number;
  requiredOutreachAttempts: number;
}): FieldError[] {
  const errors: FieldError[] = [];
  if (!isActiveStage(input.from)) {
    errors.push({ path: 'stage', message: 'stage is already discharged' });
  }
  return [
    ...errors,
    ...reasonErrors(input.reason, input.outreachAttempts, input.requiredOutreachAttempts),
    ...dateErrors(input),
  ];
}
