import { isCompetitive } from '../../employment.ts';
import { countedStarts, episodeOn, episodesOf, observedOn } from '../../outcomes/episodes.ts';
import type { JobSpell } from '../../outcomes/history.ts';
import {
  type AnchorBands,
  daysUpTo,
  type IndicatorRecord,
  JOB_DAYS,
  type LiveIndicator,
  type LiveItemKey,
  participantRecord,
  rated,
  share,
  within,
} from './indicator.ts';
import type { IndicatorInputs, JobDetail } from './inputs.ts';

/** Services items 8 and 9, diversity of job types and of employers. IPS-25: 85 % or more → 5, 70–84 → 4, 60–69 → 3, 50–59 → 2, below 50 → 1. */
export const DIVERSITY_BANDS: AnchorBands = {
  better: 'higher',
  bands: [
    { limit: 0.85, anchor: 5 },
    { limit: 0.7, anchor: 4 },
    { limit: 0.6, anchor: 3 },
    { limit: 0.5, anchor: 2 },
  ],
  floor: 1,
};

/** Services item 10, competitive jobs: 95 % or more → 5, 85–94 → 4, 75–84 → 3, 65–74 → 2, below 65 → 1. */
export const COMPETITIVE_BANDS: AnchorBands = {
  better: 'higher',
  bands: [
    { limit: 0.95, anchor: 5 },
    { limit: 0.85, anchor: 4 },
    { limit: 0.75, anchor: 3 },
    { limit: 0.65, anchor: 2 },
  ],
  floor: 1,
};

interface StartedJob {
  participantId: string;
  specialistId: string | null;
  spell: JobSpell;
  detail: JobDetail | undefined;
}

/**
 * The jobs started in the year up to `asOf` while on the caseload (a job held at referral is
 * retention, not a job found in IPS). Education is an outcome, not a job, and is left out.
 * `competitiveOnly` keeps outcomes' counted job starts (competitive, paid, enough hours).
 */
function jobsStarted(inputs: IndicatorInputs, competitiveOnly: boolean): StartedJob[] {
  const period = daysUpTo(inputs.asOf, JOB_DAYS);
  const out: StartedJob[] = [];
  for (const h of inputs.histories) {
    const seen = observedOn(h, inputs.asOf);
    const episodes = episodesOf(seen, inputs.asOf);
    const jobs = competitiveOnly
      ? countedStarts(seen.jobs, episodes, inputs.settings)
      : seen.jobs.filter((j) => j.employmentType !== 'education' && episodeOn(episodes, j.startDate));
    for (const spell of jobs) {
      if (!within(spell.startDate, period)) continue;
      const detail = inputs.jobs.get(spell.jobId);
      out.push({ participantId: h.participantId, specialistId: h.jobSpecialistId, spell, detail });
    }
  }
  return out.sort((a, b) => (a.spell.startDate < b.spell.startDate ? -1 : 1));
}

function jobRecord(j: StartedJob, label: string | null, counts: boolean): IndicatorRecord {
  return participantRecord(
    { participantId: j.participantId, jobSpecialistId: j.specialistId },
    { date: j.spell.startDate, label, counts },
  );
}

/** The share of the year's jobs that count. */
function indicatorOf(
  itemKey: LiveItemKey,
  bands: AnchorBands,
  inputs: IndicatorInputs,
  records: IndicatorRecord[],
): LiveIndicator {
  const s = share(records.filter((r) => r.counts).length, records.length);
  return rated({ itemKey, unit: 'share', bands }, s, daysUpTo(inputs.asOf, JOB_DAYS), records);
}

/** The kind of a job: its STYRK-08 occupation, else its title as written (case and spaces aside). */
export function jobTypeOf(detail: JobDetail | undefined): string {
  return detail?.occupation ?? detail?.title.trim().toLowerCase() ?? '';
}

/**
 * Diversity: of the competitive jobs started in the year, the share that differ from every earlier
 * one in the kind counted (the first job of each kind counts; a repeat does not), i.e. distinct
 * kinds ÷ jobs.
 */
function diversity(
  itemKey: LiveItemKey,
  inputs: IndicatorInputs,
  kindOf: (j: StartedJob) => string,
  labelOf: (j: StartedJob) => string | null,
) {
  const seen = new Set<string>();
  const records = jobsStarted(inputs, true).map((j) => {
    const kind = kindOf(j);
    const first = !seen.has(kind);
    seen.add(kind);
    return jobRecord(j, labelOf(j), first);
  });
  return indicatorOf(itemKey, DIVERSITY_BANDS, inputs, records);
}

export function jobTypeDiversityIndicator(inputs: IndicatorInputs): LiveIndicator {
  return diversity(
    'services-8',
    inputs,
    (j) => jobTypeOf(j.detail),
    (j) => j.detail?.occupation ?? j.detail?.title ?? null,
  );
}

export function employerDiversityIndicator(inputs: IndicatorInputs): LiveIndicator {
  return diversity(
    'services-9',
    inputs,
    (j) => j.detail?.employerId ?? '',
    (j) => j.detail?.employerName ?? null,
  );
}

/** Competitive jobs: of every job started in the year (work practice, VTA, volunteering too), the competitive share. */
export function competitiveJobIndicator(inputs: IndicatorInputs): LiveIndicator {
  const records = jobsStarted(inputs, false).map((j) =>
    jobRecord(j, j.spell.employmentType, isCompetitive(j.spell, inputs.settings)),
  );
  return indicatorOf('services-10', COMPETITIVE_BANDS, inputs, records);
}
