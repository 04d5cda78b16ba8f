import type { ContactCounterpart, ContactMode, ContactOutcome } from '../../../domain/code-lists.ts';
import type { Day } from './days.ts';
import { isCompetitiveKind, type JobPlan } from './jobs.ts';
import { chance, int, type Random, weighted } from './random.ts';

export interface ContactPlan {
  day: Day;
  counterpart: ContactCounterpart;
  mode: ContactMode;
  outcome: ContactOutcome;
  jobId: string | null;
}

export interface EmployerContactPlan {
  day: Day;
  employer: number;
  faceToFace: boolean;
  outcome: string;
  matchesPreferences: boolean | null;
}

export interface EpisodeFacts {
  firstMeeting: Day | null;
  searchFrom: Day | null;
  until: Day;
  pauses: Array<[Day, Day]>;
  jobs: JobPlan[];
  /** A discharge for lost contact on this day: documented outreach comes before it. */
  outreachBefore: Day | null;
  employers: number;
}

/** Mostly face to face, out in the community. */
const MODES: Record<ContactMode, number> = { face_to_face: 62, phone: 22, video: 5, message: 11 };
// Cancelled meetings were not recorded when these histories were drawn: the synthetic data has none.
const OUTCOMES: Record<ContactOutcome, number> = { cancelled: 0, held: 86, no_show: 9, outreach_attempt: 5 };
const EMPLOYER_OUTCOMES = {
  meeting_booked: 18,
  opening_identified: 14,
  interview: 12,
  no_opening: 30,
  information: 18,
  declined: 8,
};

/**
 * The contacts of one episode: with the participant (about weekly), the treatment team (monthly),
 * NAV, and the employer during follow-along; outreach before a lost-contact discharge; and employer
 * contacts about the participant from job search on, with the hiring contact at each job start.
 */
export function contactsOf(random: Random, ep: EpisodeFacts) {
  const contacts: ContactPlan[] = [];
  const add = (day: Day, counterpart: ContactCounterpart, more: Partial<ContactPlan> = {}) =>
    contacts.push({
      day,
      counterpart,
      mode: more.mode ?? weighted(random, MODES),
      outcome: more.outcome ?? 'held',
      jobId: more.jobId ?? null,
    });
  const lastRegular = ep.outreachBefore === null ? ep.until : ep.outreachBefore - 42;
  if (ep.firstMeeting !== null) {
    add(ep.firstMeeting, 'participant', { mode: 'face_to_face' });
    const working = (day: Day) =>
      ep.jobs.some(
        (j) => isCompetitiveKind(j.employmentType) && j.start <= day && (j.end === null || day <= j.end),
      );
    for (
      let d = ep.firstMeeting + int(random, 4, 10);
      d < lastRegular;
      d += working(d) ? int(random, 9, 21) : int(random, 5, 13)
    ) {
      if (paused(ep, d) && !chance(random, 0.15)) continue;
      add(d, 'participant', { outcome: weighted(random, OUTCOMES) });
    }
    every(random, ep.firstMeeting + int(random, 7, 30), lastRegular, [21, 50], (d) =>
      add(d, 'treatment_team'),
    );
    every(random, ep.firstMeeting + int(random, 10, 60), lastRegular, [45, 110], (d) => add(d, 'nav'));
  }
  if (ep.outreachBefore !== null) {
    for (const back of [35, 21, 7])
      add(ep.outreachBefore - back, 'participant', { outcome: 'outreach_attempt' });
  }
  for (const job of ep.jobs) {
    if (!isCompetitiveKind(job.employmentType) || !chance(random, 0.6)) continue;
    const stop = Math.min(job.end ?? ep.until, ep.until);
    every(random, job.start + int(random, 3, 10), stop, [14, 40], (d) =>
      add(d, 'employer', { jobId: job.id }),
    );
  }
  contacts.sort((a, b) => a.day - b.day);
  return { contacts, employerContacts: employerContactsOf(random, ep) };
}

function every(random: Random, from: Day, until: Day, step: [number, number], fn: (d: Day) => void) {
  for (let d = from; d <= until; d += int(random, step[0], step[1])) fn(d);
}

function paused(ep: EpisodeFacts, day: Day): boolean {
  return ep.pauses.some(([from, to]) => day >= from && day < to);
}

/** Job development for this participant: until hired, about every two weeks, half face to face. */
function employerContactsOf(random: Random, ep: EpisodeFacts): EmployerContactPlan[] {
  const out: EmployerContactPlan[] = [];
  if (ep.searchFrom === null) return out;
  const inJob = (day: Day) =>
    ep.jobs.some(
      (j) => isCompetitiveKind(j.employmentType) && j.start <= day && (j.end === null || day <= j.end),
    );
  for (let d = ep.searchFrom + int(random, 2, 25); d <= ep.until; d += int(random, 7, 28)) {
    if (inJob(d) || paused(ep, d)) continue;
    out.push({
      day: d,
      employer: int(random, 0, ep.employers - 1),
      faceToFace: chance(random, 0.55),
      outcome: weighted(random, EMPLOYER_OUTCOMES),
      matchesPreferences: chance(random, 0.8) ? chance(random, 0.75) : null,
    });
  }
  for (const job of ep.jobs) {
    if (!isCompetitiveKind(job.employmentType) || job.start < (ep.searchFrom ?? job.start)) continue;
    out.push({
      day: Math.max(ep.searchFrom, job.start - int(random, 0, 5)),
      employer: job.employer,
      faceToFace: chance(random, 0.75),
      outcome: 'hired',
      matchesPreferences: true,
    });
  }
  return out.sort((a, b) => a.day - b.day);
}
