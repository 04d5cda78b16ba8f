import type { ContactCounterpart, ContactOutcome, EmploymentType, Stage } from '../code-lists.ts';
import { isCompetitiveType } from '../employment.ts';

/**
 * A guidance report (veiledningsrapport, or sluttrapport at discharge) is drafted from what the
 * period's records already say; the job specialist then edits the text. Only current records reach
 * it: corrected entries as corrected, voided ones not at all.
 */
export const REPORT_KINDS = ['interim', 'final'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

export const REPORT_SECTIONS = [
  'meetings',
  'employerContacts',
  'workAndEducation',
  'pauses',
  'goals',
  'nextSteps',
] as const;
export type ReportSection = (typeof REPORT_SECTIONS)[number];

export interface ReportPeriod {
  from: string;
  to: string;
}

export interface ReportRecords {
  contacts: readonly { date: string; counterpart: ContactCounterpart; outcome: ContactOutcome }[];
  employerContacts: readonly { date: string; employer: string; faceToFace: boolean }[];
  jobs: readonly {
    title: string;
    employer: string;
    employmentType: EmploymentType;
    startDate: string;
    endDate: string | null;
  }[];
  stages: readonly { stage: Stage; date: string }[];
}

/** The period's counts, shown beside the text and kept with every version. */
export interface ReportFigures {
  meetingsHeld: number;
  noShows: number;
  cancelled: number;
  employerContacts: number;
  jobStarts: number;
  educationStarts: number;
  pauses: number;
}

export interface ReportContent {
  figures: ReportFigures;
  sections: Record<ReportSection, string>;
}

const within = (p: ReportPeriod, date: string) => date >= p.from && date <= p.to;

/** Stages that mark a step forward in IPS: the goals a report can say were reached. */
const MILESTONES: Partial<Record<Stage, string>> = {
  first_meeting: 'første møte',
  career_profile: 'karriereprofilen',
  job_search: 'jobbsøk',
  in_work: 'arbeid med oppfølging',
};

export function reportFigures(records: ReportRecords, period: ReportPeriod): ReportFigures {
  const meetings = records.contacts.filter((c) => c.counterpart === 'participant' && within(period, c.date));
  const started = records.jobs.filter((j) => within(period, j.startDate));
  return {
    meetingsHeld: meetings.filter((c) => c.outcome === 'held').length,
    noShows: meetings.filter((c) => c.outcome === 'no_show').length,
    cancelled: meetings.filter((c) => c.outcome === 'cancelled').length,
    employerContacts: records.employerContacts.filter((c) => within(period, c.date)).length,
    jobStarts: started.filter((j) => isCompetitiveType(j.employmentType)).length,
    educationStarts: started.filter((j) => j.employmentType === 'education').length,
    pauses: records.stages.filter((s) => s.stage === 'paused' && within(period, s.date)).length,
  };
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function meetingsText(f: ReportFigures): string {
  const held = `Vi har hatt ${count(f.meetingsHeld, 'møte', 'møter')} i perioden.`;
  const missed =
    f.noShows > 0
      ? ` ${count(f.noShows, 'avtalt møte', 'avtalte møter')} ble ikke gjennomført fordi du ikke kom.`
      : '';
  const cancelled = f.cancelled > 0 ? ` ${count(f.cancelled, 'møte', 'møter')} ble avlyst.` : '';
  return held + missed + cancelled;
}

function employerText(records: ReportRecords, period: ReportPeriod): string {
  const contacts = records.employerContacts.filter((c) => within(period, c.date));
  if (contacts.length === 0) return 'Det har ikke vært kontakt med arbeidsgivere i perioden.';
  const employers = [...new Set(contacts.map((c) => c.employer))].sort((a, b) => a.localeCompare(b, 'nb'));
  return `Jobbspesialisten har hatt ${count(contacts.length, 'kontakt', 'kontakter')} med arbeidsgivere: ${employers.join(', ')}.`;
}

function workText(records: ReportRecords, period: ReportPeriod): string {
  const lines = records.jobs
    .filter((j) => j.startDate <= period.to && (j.endDate === null || j.endDate >= period.from))
    .map((j) => {
      const what = j.employmentType === 'education' ? 'Utdanning' : 'Jobb';
      const ended = j.endDate && j.endDate <= period.to ? `, sluttet ${j.endDate}` : '';
      return `${what}: ${j.title} hos ${j.employer}, fra ${j.startDate}${ended}.`;
    });
  return lines.length > 0 ? lines.join('\n') : 'Ingen jobb eller utdanning i perioden.';
}

function pausesText(records: ReportRecords, period: ReportPeriod): string {
  const pauses = records.stages.filter((s) => s.stage === 'paused' && within(period, s.date));
  if (pauses.length === 0) return 'Ingen pauser i perioden.';
  return `Oppfølgingen hadde pause fra ${pauses.map((p) => p.date).join(', ')}.`;
}

function goalsText(records: ReportRecords, period: ReportPeriod, f: ReportFigures): string {
  const reached = records.stages
    .filter((s) => within(period, s.date) && MILESTONES[s.stage])
    .map((s) => `Nådde ${MILESTONES[s.stage]} ${s.date}.`);
  if (f.jobStarts > 0) reached.push(`Begynte i ${count(f.jobStarts, 'jobb', 'jobber')}.`);
  if (f.educationStarts > 0)
    reached.push(`Begynte på ${count(f.educationStarts, 'utdanning', 'utdanninger')}.`);
  return reached.length > 0 ? reached.join('\n') : 'Ingen nye delmål nådd i perioden.';
}

/** The first version of a report: figures and a plain-language text per section, to be edited. */
export function draftReport(records: ReportRecords, period: ReportPeriod): ReportContent {
  const figures = reportFigures(records, period);
  return {
    figures,
    sections: {
      meetings: meetingsText(figures),
      employerContacts: employerText(records, period),
      workAndEducation: workText(records, period),
      pauses: pausesText(records, period),
      goals: goalsText(records, period, figures),
      nextSteps: '',
    },
  };
}
