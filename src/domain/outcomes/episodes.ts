import { isCompetitive } from '../employment.ts';
import type { JobSpell, ParticipantHistory } from './history.ts';
import { overlaps } from './quarters.ts';
import type { OutcomeSettings } from './targets.ts';

/**
 * The window one unit is counted in: the period's days up to the day of counting (`to` is the
 * earlier of the period's last day and `asOf`), and `asOf`, up to which cohorts are followed.
 */
export interface Window {
  from: string;
  to: string;
  asOf: string;
}

export function inWindow(date: string, w: Window): boolean {
  return date >= w.from && date <= w.to;
}

/**
 * One stay on the caseload: from a referral to its discharge, both days included (null while open).
 * A re-referral after a discharge opens a new episode; a pause does not end one.
 */
export interface Episode {
  start: string;
  end: string | null;
  dischargeReason: string | null;
}

/**
 * The history as known on `asOf`: later stage changes, contacts and job starts are not yet observed,
 * and a job ending after `asOf` is still running. Every metric reads histories through this.
 */
export function observedOn(h: ParticipantHistory, asOf: string): ParticipantHistory {
  return {
    ...h,
    stages: h.stages.filter((s) => s.date <= asOf),
    jobs: h.jobs
      .filter((j) => j.startDate <= asOf)
      .map((j) => (j.endDate !== null && j.endDate > asOf ? { ...j, endDate: null } : j)),
    employerContacts: h.employerContacts.filter((c) => c.date <= asOf),
    contacts: h.contacts.filter((c) => c.date <= asOf),
  };
}

/** The episodes of an observed history, in order. A referral after `asOf` has none. */
export function episodesOf(h: ParticipantHistory, asOf: string): Episode[] {
  if (h.referralDate > asOf) return [];
  const episodes: Episode[] = [];
  let open: Episode | null = { start: h.referralDate, end: null, dischargeReason: null };
  for (const event of h.stages) {
    if (event.date > asOf) break;
    if (event.stage === 'discharged') {
      if (open) episodes.push({ ...open, end: event.date, dischargeReason: event.dischargeReason });
      open = null;
    } else if (open === null) {
      open = { start: event.date, end: null, dischargeReason: null };
    } else if (event.date < open.start) {
      open.start = event.date;
    }
  }
  if (open) episodes.push(open);
  return episodes;
}

/** The parts of the episodes that fall within the window, as [from, to] day ranges. */
export function activeRanges(episodes: readonly Episode[], w: Window): [string, string][] {
  const ranges: [string, string][] = [];
  for (const e of episodes) {
    if (!overlaps(e.start, e.end, w.from, w.to)) continue;
    ranges.push([e.start > w.from ? e.start : w.from, e.end !== null && e.end < w.to ? e.end : w.to]);
  }
  return ranges;
}

export function isActiveOn(episodes: readonly Episode[], day: string): boolean {
  return episodes.some((e) => e.start <= day && (e.end === null || day <= e.end));
}

/** The episode a day falls in, if any. */
export function episodeOn(episodes: readonly Episode[], day: string): Episode | null {
  return episodes.find((e) => e.start <= day && (e.end === null || day <= e.end)) ?? null;
}

/**
 * Counted job starts in IPS: competitive (employment.ts: ordinary work with or without wage subsidy,
 * paid, at least the hours threshold) and started while on the caseload. A job held at referral
 * started before the episode: it is job retention (reported apart), never a job start.
 */
export function countedStarts(
  jobs: readonly JobSpell[],
  episodes: readonly Episode[],
  s: Pick<OutcomeSettings, 'competitiveMinHoursPerWeek'>,
) {
  return jobs
    .filter((j) => isCompetitive(j, s) && episodeOn(episodes, j.startDate) !== null)
    .sort((a, b) => (a.startDate < b.startDate ? -1 : a.startDate > b.startDate ? 1 : 0));
}

/** Whether a spell (a job or an education) runs on at least one day of the given ranges. */
export function runsDuring(spell: JobSpell, ranges: readonly [string, string][]): boolean {
  return ranges.some(([from, to]) => overlaps(spell.startDate, spell.endDate, from, to));
}

/** One participant as every metric family reads her: observed history, episodes, days active, starts. */
export interface Observed {
  history: ParticipantHistory;
  episodes: Episode[];
  /** Her days on the caseload within the window; empty when she was not active in it. */
  ranges: [string, string][];
  /** Her counted job starts in IPS, earliest first, up to `asOf`. */
  starts: JobSpell[];
}

export function observe(
  h: ParticipantHistory,
  w: Window,
  s: Pick<OutcomeSettings, 'competitiveMinHoursPerWeek'>,
): Observed {
  const history = observedOn(h, w.asOf);
  const episodes = episodesOf(history, w.asOf);
  return {
    history,
    episodes,
    ranges: activeRanges(episodes, w),
    starts: countedStarts(history.jobs, episodes, s),
  };
}
