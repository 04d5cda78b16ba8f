import { addDays } from './employment.ts';
import { nextReportDue } from './guidance-report/lifecycle.ts';

/**
 * The job specialist's day: what is dated today and in the coming week across the caseload. Each
 * entry comes from a record that already exists (a contact's next step, a planned job start, a
 * guidance report falling due, a consent running out, a team meeting); this module only orders and
 * groups them.
 */
export const AGENDA_KINDS = [
  'team_meeting',
  'next_step',
  'employer_next_step',
  'job_start',
  'report_due',
  'consent_expiry',
] as const;
export type AgendaKind = (typeof AGENDA_KINDS)[number];

/** Today and the six days after it: a week ahead from any day, not only from Monday. */
export const AGENDA_DAYS = 7;

export interface AgendaEntry {
  kind: AgendaKind;
  date: string;
  /** The participant it is about; null for a team meeting or a general employer contact. */
  participant: { id: string; name: string } | null;
  /** What is to happen: the next step's text, the job title, the team's name. */
  text: string;
  /** The employer, for employer next steps and job starts. */
  employer: string | null;
  /** Whose agenda it is on (the supervisor's view of every specialist). */
  specialist: { id: string; displayName: string } | null;
}

export interface AgendaDay {
  date: string;
  today: boolean;
  entries: AgendaEntry[];
}

export interface Agenda {
  today: string;
  /** The last day the agenda covers. */
  until: string;
  days: AgendaDay[];
}

/** The last day of the agenda that starts on `today`. */
export function agendaUntil(today: string): string {
  return addDays(today, AGENDA_DAYS - 1);
}

const kindOrder = (kind: AgendaKind) => AGENDA_KINDS.indexOf(kind);

function compare(a: AgendaEntry, b: AgendaEntry): number {
  return (
    a.date.localeCompare(b.date) ||
    kindOrder(a.kind) - kindOrder(b.kind) ||
    (a.participant?.name ?? '').localeCompare(b.participant?.name ?? '', 'nb') ||
    a.text.localeCompare(b.text, 'nb')
  );
}

/**
 * The entries dated from today through the week ahead, by day (only days with something on them),
 * each day's entries with team meetings first, then by participant. Entries outside the week are
 * left out: overdue next steps are the task list's.
 */
export function buildAgenda(entries: readonly AgendaEntry[], today: string): Agenda {
  const until = agendaUntil(today);
  const byDay = new Map<string, AgendaEntry[]>();
  for (const entry of [...entries].sort(compare)) {
    if (entry.date < today || entry.date > until) continue;
    const day = byDay.get(entry.date) ?? [];
    day.push(entry);
    byDay.set(entry.date, day);
  }
  const days = [...byDay].map(([date, dayEntries]) => ({ date, today: date === today, entries: dayEntries }));
  return { today, until, days };
}

/**
 * When her next guidance report to NAV is due, if that is in the agenda's week: NAV's interval
 * after the period of her newest finalised report, else after her referral (`nextReportDue`, the
 * date her report list shows). A report not yet finalised does not move it.
 */
export function reportDueThisWeek(
  p: { referralDate: string; lastFinalPeriodTo: string | null },
  intervalDays: number,
  today: string,
): string | null {
  const due = nextReportDue(p.lastFinalPeriodTo, p.referralDate, intervalDays);
  return due >= today && due <= agendaUntil(today) ? due : null;
}

/** A dated next step as a contact records it. */
export interface RecordedNextStep {
  contactDate: string;
  nextStep: string | null;
  nextStepDate: string | null;
}

/**
 * The participant's next appointment: the next step of her newest contact that names one (the one
 * in force, as the caseload shows it), when it is dated today or later. An older contact's step
 * was replaced by the newer one, and a step already past is no appointment.
 */
export function nextAppointment(
  steps: readonly RecordedNextStep[],
  today: string,
): { text: string; date: string } | null {
  let newest: RecordedNextStep | null = null;
  for (const s of steps) {
    if (s.nextStep !== null && (newest === null || s.contactDate > newest.contactDate)) newest = s;
  }
  if (!newest?.nextStep || !newest.nextStepDate || newest.nextStepDate < today) return null;
  return { text: newest.nextStep, date: newest.nextStepDate };
}
