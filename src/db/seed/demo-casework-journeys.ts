import { randomUUID } from 'node:crypto';
import { ageOn, IPS_UNG_MAX_AGE, IPS_UNG_MIN_AGE } from '../../domain/age.ts';
import type { EmploymentType, Stage, Track } from '../../domain/code-lists.ts';
import type { Opening } from './demo-casework-employer-data.ts';
import type { SeededEmployer } from './demo-casework-employers.ts';
import {
  FALLBACK_SCRIPT,
  INGRID_SCRIPT,
  nominalDays,
  SCRIPTS,
  type Script,
  type Step,
} from './demo-casework-scripts.ts';
import { addDays, chance, daysBetween, int, pick, type Random } from './demo-casework-support.ts';

export interface DemoParticipant {
  id: string;
  handle: string;
  referralDate: string;
  birthDate: string | null;
  specialistId: string;
}

export interface PlannedStage {
  stage: Stage;
  date: string;
  reason: string | null;
  note: string | null;
}

export interface PlannedJob {
  id: string;
  employer: SeededEmployer;
  opening: Opening;
  hours: number;
  start: string;
  end: string | null;
  endReason: string | null;
}

/** One participant's year: the stage changes after the referral, the jobs, and who they are. */
export interface Journey {
  p: DemoParticipant;
  ingrid: boolean;
  stages: PlannedStage[];
  jobs: PlannedJob[];
  track: Track;
  employedAtReferral: boolean;
  /** STYRK codes of the work they want (the career profile's preferences). */
  preferred: string[];
}

/** Hands out the employers' openings of each type in turn, so the jobs spread over the employers. */
function openingPicker(employers: readonly SeededEmployer[]) {
  const turns = new Map<EmploymentType, number>();
  return (type: EmploymentType) => {
    const all = employers.flatMap((employer) =>
      employer.openings.filter((o) => o.type === type).map((opening) => ({ employer, opening })),
    );
    const turn = turns.get(type) ?? 0;
    turns.set(type, turn + 1);
    return all[turn % all.length] as { employer: SeededEmployer; opening: Opening };
  };
}

type Picker = ReturnType<typeof openingPicker>;

/** The script's gaps, shrunk in proportion when the referral is too recent for them (never below a day). */
function gapsFor(script: Script, p: DemoParticipant, today: string, random: Random): number[] {
  const gaps = script.steps.map((s) => int(random, s.gap[0], s.gap[1]));
  const total = gaps.reduce((a, b) => a + b, 0);
  const room = daysBetween(p.referralDate, today) - 1;
  if (total <= room || total === 0) return gaps;
  const f = Math.max(room, 0) / total;
  return gaps.map((g) => (g === 0 ? 0 : Math.max(1, Math.floor(g * f))));
}

function apply(step: Step, date: string, j: Journey, pickOpening: Picker, random: Random) {
  if (step.kind === 'stage') {
    j.stages.push({ stage: step.stage, date, reason: step.reason ?? null, note: step.note ?? null });
  } else if (step.kind === 'start') {
    const { employer, opening } = pickOpening(step.type);
    const hours = int(random, opening.hours[0], opening.hours[1]);
    j.jobs.push({ id: randomUUID(), employer, opening, hours, start: date, end: null, endReason: null });
  } else {
    const open = j.jobs.findLast((x) => x.end === null);
    if (open) Object.assign(open, { end: date, endReason: step.reason });
  }
}

const WANTED = ['52', '43', '91', '51', '75', '53', '41', '93', '83', '62'];

function isYoung(p: DemoParticipant): boolean {
  if (!p.birthDate) return false;
  const age = ageOn(p.birthDate, p.referralDate);
  return age >= IPS_UNG_MIN_AGE && age <= IPS_UNG_MAX_AGE;
}

function planJourney(
  p: DemoParticipant,
  script: Script,
  ctx: { today: string; random: Random; pickOpening: Picker; ingrid: boolean },
): Journey {
  const young = isYoung(p);
  const j: Journey = {
    p,
    ingrid: ctx.ingrid,
    stages: [],
    jobs: [],
    track: young && !ctx.ingrid && (script.young || chance(ctx.random, 0.3)) ? 'ips_ung' : 'standard',
    employedAtReferral: script.employedAtReferral ?? false,
    preferred: [],
  };
  const gaps = gapsFor(script, p, ctx.today, ctx.random);
  let date = p.referralDate;
  for (const [k, step] of script.steps.entries()) {
    date = addDays(date, gaps[k] as number);
    if (date > ctx.today) break;
    apply(step, date, j, ctx.pickOpening, ctx.random);
  }
  const own = j.jobs.map((x) => x.opening.occupation).find((o) => o !== null);
  j.preferred = ctx.ingrid
    ? ['52', '43']
    : [...new Set([own ?? pick(ctx.random, WANTED), pick(ctx.random, WANTED)])];
  return j;
}

/**
 * Gives each participant a script: the longest scripts to those referred longest ago, and the
 * education scripts to someone young enough for IPS ung.
 */
export function planJourneys(
  participants: readonly DemoParticipant[],
  ingridId: string,
  employers: readonly SeededEmployer[],
  today: string,
  random: Random,
): Journey[] {
  const ctx = { today, random, pickOpening: openingPicker(employers), ingrid: false };
  const ingrid = participants.find((p) => p.id === ingridId);
  const rest = participants
    .filter((p) => p.id !== ingridId)
    .sort((a, b) => a.referralDate.localeCompare(b.referralDate) || a.handle.localeCompare(b.handle));
  const scripts = [...SCRIPTS].sort((a, b) => nominalDays(b) - nominalDays(a));
  const journeys: Journey[] = [];
  for (let k = 0; rest.length > 0; k++) {
    const script = scripts[k] ?? FALLBACK_SCRIPT;
    const youngOnes = script.young ? rest.filter(isYoung) : [];
    const p = (youngOnes[0] ?? rest[0]) as DemoParticipant;
    rest.splice(rest.indexOf(p), 1);
    journeys.push(planJourney(p, script, ctx));
  }
  if (ingrid) journeys.push(planJourney(ingrid, INGRID_SCRIPT, { ...ctx, ingrid: true }));
  return journeys;
}

/** The stages as periods: each from its date to the day before the next (the last one to today). */
export function segments(j: Journey, today: string): { stage: Stage; from: string; to: string }[] {
  const all = [{ stage: 'referred' as Stage, date: j.p.referralDate }, ...j.stages];
  return all.map((s, k) => ({
    stage: s.stage,
    from: s.date,
    to: k + 1 < all.length ? addDays((all[k + 1] as { date: string }).date, -1) : today,
  }));
}

export function stageOn(j: Journey, date: string): Stage {
  let current: Stage = 'referred';
  for (const s of j.stages) if (s.date <= date) current = s.stage;
  return current;
}

export function dischargeOf(j: Journey): PlannedStage | undefined {
  return j.stages.findLast((s) => s.stage === 'discharged');
}
