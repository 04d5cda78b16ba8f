import { inWindow, type Window } from '../outcomes/episodes.ts';
import type { SpecialistSpell } from '../outcomes/history.ts';
import { daysBetween } from '../outcomes/quarters.ts';
import { type Cell, checkedThreshold, suppressCount } from '../outcomes/suppression.ts';
import type { Answers } from './answers.ts';
import { DEFAULT_LIKERT_SCALE } from './questionnaire.ts';

/**
 * Programme-level linkage of one Likert item to the job specialists' turnover and tenure in the
 * workforce records, e.g. turnover by perceived team integration (IPSNOR, seed 000). No answer is
 * ever tied to a person: a programme's mean answer is shown, and places it in an answer group, only
 * with k respondents; every count has the outcomes module's k rule, and a figure computed from a
 * withheld count is withheld with it.
 */
export const ANSWER_GROUPS = ['low', 'middle', 'high'] as const;
export type AnswerGroup = (typeof ANSWER_GROUPS)[number];

export interface WorkforceCells {
  /** Job specialists employed on the window's last day. */
  specialists: Cell;
  leavers: Cell;
  /** Leavers per year ÷ mean headcount of the window's first and last day. */
  annualTurnover: Cell;
  /** Median years served so far by those employed on the window's last day. */
  medianServiceYears: Cell;
}

export interface ProgrammeLinkage extends WorkforceCells {
  programmeId: string;
  respondents: Cell;
  meanAnswer: number | null;
  group: AnswerGroup | null;
}

export interface GroupLinkage extends WorkforceCells {
  group: AnswerGroup;
  programmes: number;
  respondents: Cell;
}

export interface LinkageInput {
  itemId: string;
  /** The item's scale length: the groups are parts of the scale, so any length bands alike. */
  scale?: number;
  responsesByProgramme: ReadonlyMap<string, readonly Answers[]>;
  spells: readonly SpecialistSpell[];
  window: Window;
  threshold: number;
}

const DAYS_PER_YEAR = 365.25;
const WITHHELD: Cell = { value: null, suppressed: true };
const NONE: Cell = { value: null, suppressed: false };

/** The group of a mean answer by where it lies on the scale: its lower half, the next quarter, the top quarter. */
export function groupOf(mean: number, scale: number): AnswerGroup {
  const position = (mean - 1) / (scale - 1);
  return position < 0.5 ? 'low' : position < 0.75 ? 'middle' : 'high';
}

interface Workforce {
  leavers: number;
  meanHeadcount: number;
  serviceYearsAtEnd: number[];
}

function workforceOf(spells: readonly SpecialistSpell[], w: Window): Workforce {
  const on = (s: SpecialistSpell, day: string) =>
    s.startDate <= day && (s.endDate === null || day <= s.endDate);
  const observed = spells
    .filter((s) => s.startDate <= w.asOf)
    .map((s) => (s.endDate !== null && s.endDate > w.asOf ? { ...s, endDate: null } : s));
  const atStart = observed.filter((s) => on(s, w.from)).length;
  const atEnd = observed.filter((s) => on(s, w.to));
  return {
    leavers: observed.filter((s) => s.endDate !== null && inWindow(s.endDate, w)).length,
    meanHeadcount: (atStart + atEnd.length) / 2,
    serviceYearsAtEnd: atEnd.map((s) => daysBetween(s.startDate, w.to) / DAYS_PER_YEAR),
  };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

function workforceCells(f: Workforce, w: Window, k: number): WorkforceCells {
  const leavers = suppressCount(f.leavers, k);
  const specialists = suppressCount(f.serviceYearsAtEnd.length, k);
  const years = (daysBetween(w.from, w.to) + 1) / DAYS_PER_YEAR;
  const turnover =
    f.meanHeadcount === 0
      ? NONE
      : leavers.suppressed || f.meanHeadcount < k
        ? WITHHELD
        : { value: f.leavers / years / f.meanHeadcount, suppressed: false };
  const service =
    f.serviceYearsAtEnd.length === 0
      ? NONE
      : specialists.suppressed
        ? WITHHELD
        : { value: median(f.serviceYearsAtEnd), suppressed: false };
  return { specialists, leavers, annualTurnover: turnover, medianServiceYears: service };
}

function likertAnswers(responses: readonly Answers[], itemId: string): number[] {
  return responses.map((r) => r[itemId]).filter((a): a is number => typeof a === 'number');
}

const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

export function linkItemToWorkforce(input: LinkageInput): {
  programmes: ProgrammeLinkage[];
  groups: GroupLinkage[];
} {
  const k = checkedThreshold(input.threshold);
  const scale = input.scale ?? DEFAULT_LIKERT_SCALE;
  const pooled = new Map(
    ANSWER_GROUPS.map((g) => [
      g,
      { programmes: 0, respondents: 0, leavers: 0, meanHeadcount: 0, serviceYearsAtEnd: [] as number[] },
    ]),
  );
  const programmes = [...input.responsesByProgramme].map(([programmeId, responses]): ProgrammeLinkage => {
    const answers = likertAnswers(responses, input.itemId);
    const workforce = workforceOf(
      input.spells.filter((s) => s.programmeId === programmeId),
      input.window,
    );
    const meanAnswer = answers.length >= k ? mean(answers) : null;
    const group = meanAnswer === null ? null : groupOf(meanAnswer, scale);
    const into = group ? pooled.get(group) : undefined;
    if (into) {
      into.programmes++;
      into.respondents += answers.length;
      into.leavers += workforce.leavers;
      into.meanHeadcount += workforce.meanHeadcount;
      into.serviceYearsAtEnd.push(...workforce.serviceYearsAtEnd);
    }
    return {
      programmeId,
      respondents: suppressCount(answers.length, k),
      meanAnswer,
      group,
      ...workforceCells(workforce, input.window, k),
    };
  });
  const groups = [...pooled].map(([group, p]) => ({
    group,
    programmes: p.programmes,
    respondents: suppressCount(p.respondents, k),
    ...workforceCells(p, input.window, k),
  }));
  return { programmes, groups };
}
