import type { Stage } from '../../../domain/code-lists.ts';
import type { Day } from './days.ts';
import { endReason, isCompetitiveKind, type JobPlan, jobType, newJob } from './jobs.ts';
import { type ContactPlan, contactsOf, type EmployerContactPlan } from './journey-contacts.ts';
import { chance, int, lognormal, type Random, weighted } from './random.ts';

export interface StagePlan {
  stage: Stage;
  day: Day;
  reason: string | null;
}

export interface Journey {
  stages: StagePlan[];
  jobs: JobPlan[];
  contacts: ContactPlan[];
  employerContacts: EmployerContactPlan[];
}

export interface JourneyInput {
  referral: Day;
  /** The history's last day: nothing happens after it; what runs on is ongoing. */
  end: Day;
  youth: boolean;
  employedAtReferral: boolean | null;
  employers: number;
}

/** Why participants leave without a job in hand (IPS ung more often for education). */
const LEAVING = {
  no_longer_wants_work: 22,
  lost_contact: 16,
  transferred_nav_measure: 14,
  disability_pension: 7,
  in_education: 8,
  transferred_ips: 4,
  moved: 7,
  died: 1,
  other: 12,
};
const YOUTH_LEAVING = { ...LEAVING, in_education: 24, disability_pension: 2 };

/** Chance that a participant gets a job in an episode, and how long the search takes (median days). */
const FINDS_WORK = 0.7;
const MEDIAN_SEARCH_DAYS = 85;
const REENTRY = 0.07;

/**
 * One participant's history from the referral: the lifecycle with its allowed moves, jobs, contacts
 * and employer contacts, episode after episode (a discharged participant may be referred again).
 */
export function journeyOf(random: Random, input: JourneyInput): Journey {
  const journey: Journey = { stages: [], jobs: [], contacts: [], employerContacts: [] };
  let referral: Day | null = input.referral;
  let first = true;
  while (referral !== null && referral <= input.end) {
    const discharge = episode(random, input, referral, first, journey);
    first = false;
    referral =
      discharge && discharge.reason !== 'died' && chance(random, REENTRY)
        ? discharge.day + Math.round(lognormal(random, 240, 0.6))
        : null;
  }
  return journey;
}

interface Episode {
  stages: StagePlan[];
  jobs: JobPlan[];
  pauses: Array<[Day, Day]>;
  searchFrom: Day | null;
  firstMeeting: Day | null;
  outreachBefore: Day | null;
}

/** Runs one episode into `journey`; returns its discharge, or null when it is still open at the end. */
function episode(random: Random, input: JourneyInput, referral: Day, first: boolean, journey: Journey) {
  const ep: Episode = {
    stages: [],
    jobs: [],
    pauses: [],
    searchFrom: null,
    firstMeeting: null,
    outreachBefore: null,
  };
  const stage = (s: Stage, day: Day, reason: string | null = null) =>
    ep.stages.push({ stage: s, day, reason });
  stage('referred', referral);
  const discharge = run(random, input, referral, first, ep, stage);
  const until = Math.min(discharge?.day ?? input.end, input.end);
  const cut = cutAt(input.end, discharge?.day ?? null);
  journey.stages.push(...ep.stages.filter((s) => s.day <= input.end));
  journey.jobs.push(...ep.jobs.filter((j) => j.start <= input.end).map(cut));
  const contacts = contactsOf(random, { ...ep, until, employers: input.employers });
  journey.contacts.push(...contacts.contacts.filter((c) => c.day <= input.end));
  journey.employerContacts.push(...contacts.employerContacts.filter((c) => c.day <= input.end));
  return discharge && discharge.day <= input.end ? discharge : null;
}

/** A job that runs past the history's end, or past a discharge, is ongoing as far as the record knows. */
function cutAt(end: Day, discharge: Day | null) {
  return (j: JobPlan): JobPlan =>
    j.end !== null && (j.end > end || (discharge !== null && j.end > discharge))
      ? { ...j, end: null, endReason: null }
      : j;
}

type Mark = (s: Stage, day: Day, reason?: string | null) => void;

function run(random: Random, input: JourneyInput, referral: Day, first: boolean, ep: Episode, stage: Mark) {
  const leave = (day: Day, reason: string) => {
    if (reason === 'lost_contact') ep.outreachBefore = day;
    stage('discharged', day, reason);
    return { day, reason };
  };
  // Some never come to a first meeting: outreach, then discharge.
  if (chance(random, 0.07))
    return leave(
      referral + int(random, 42, 80),
      chance(random, 0.6) ? 'lost_contact' : 'no_longer_wants_work',
    );
  const meeting = referral + int(random, 3, 21);
  ep.firstMeeting = meeting;
  stage('first_meeting', meeting);
  const retained = first && input.employedAtReferral === true;
  let searchFrom = meeting + int(random, 0, 10);
  if (!retained && !chance(random, 0.35)) {
    stage('career_profile', searchFrom);
    searchFrom += int(random, 7, 40);
  }
  let leaveAt = searchFrom + Math.max(30, Math.round(lognormal(random, 260, 0.8)));
  let nextJob = chance(random, FINDS_WORK)
    ? searchFrom + Math.round(lognormal(random, MEDIAN_SEARCH_DAYS, 0.9))
    : Infinity;
  if (retained) {
    // Already in work when referred (job retention): the job started before the referral.
    const job = newJob(random, 'ordinary_competitive', referral - int(random, 60, 2000), input.employers);
    ep.jobs.push(job);
    stage('in_work', searchFrom);
    const after = followJob(random, job, ep, leave);
    if (typeof after !== 'number') return after;
    stage('job_search', after);
    searchFrom = after;
    leaveAt = after + Math.round(lognormal(random, 150, 0.7));
    nextJob = chance(random, 0.55) ? after + Math.round(lognormal(random, 70, 0.9)) : Infinity;
  } else {
    stage('job_search', searchFrom);
  }
  ep.searchFrom = searchFrom;
  const pause = chance(random, 0.1)
    ? pauseAt(random, searchFrom, Math.min(nextJob, leaveAt), ep, stage)
    : null;
  if (pause !== null) {
    leaveAt += pause;
    nextJob += pause;
  }
  for (;;) {
    if (nextJob >= leaveAt) return leave(leaveAt, weighted(random, input.youth ? YOUTH_LEAVING : LEAVING));
    if (nextJob > input.end) return null;
    const type = jobType(random, input.youth);
    const job = newJob(random, type, nextJob, input.employers);
    ep.jobs.push(job);
    if (!isCompetitiveKind(type)) {
      job.end = job.wouldEnd;
      job.endReason = endReason(random);
      if (type === 'education' && chance(random, 0.5))
        return leave(job.start + int(random, 30, 120), 'in_education');
      nextJob = chance(random, 0.6) ? job.start + Math.round(lognormal(random, 60, 0.9)) : Infinity;
      continue;
    }
    stage('in_work', job.start);
    if (chance(random, 0.05)) ep.jobs.push(secondJob(random, job, input.employers));
    const after = followJob(random, job, ep, leave);
    if (typeof after !== 'number') return after;
    stage('job_search', after);
    leaveAt = Math.max(leaveAt, after + Math.round(lognormal(random, 120, 0.7)));
    nextJob = chance(random, 0.55) ? after + Math.round(lognormal(random, 70, 0.9)) : Infinity;
  }
}

/**
 * Follow-along in a competitive job: discharged in work once it has held through the follow-along
 * period, or back to job search the day it ends.
 */
function followJob(
  random: Random,
  job: JobPlan & { wouldEnd: Day },
  ep: Episode,
  leave: (day: Day, reason: string) => { day: Day; reason: string },
): Day | { day: Day; reason: string } {
  const inWorkFrom = ep.stages[ep.stages.length - 1]?.day ?? job.start;
  const followAlong = inWorkFrom + Math.round(lognormal(random, 240, 0.5));
  if (job.wouldEnd > followAlong) return leave(followAlong, 'in_work');
  job.end = Math.max(job.wouldEnd, inWorkFrom);
  job.endReason = endReason(random);
  return job.end;
}

/** A small second job beside the first (overlapping jobs happen). */
function secondJob(random: Random, main: JobPlan, employers: number): JobPlan {
  const job = newJob(random, 'ordinary_competitive', main.start + int(random, 10, 90), employers);
  job.hoursPerWeek = int(random, 4, 12);
  job.end = job.start + Math.round(lognormal(random, 60, 0.8));
  job.endReason = endReason(random);
  return job;
}

/** A pause from job search (and back) before `before`; returns its length in days, or null. */
function pauseAt(random: Random, searchFrom: Day, before: number, ep: Episode, stage: Mark): number | null {
  const from = searchFrom + int(random, 20, 120);
  if (from >= before) return null;
  const length = int(random, 30, 120);
  stage('paused', from);
  stage('job_search', from + length);
  ep.pauses.push([from, from + length]);
  return length;
}
