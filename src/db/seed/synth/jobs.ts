import { type EmploymentType, jobEndReasons } from '../../../domain/code-lists.ts';
import type { Day } from './days.ts';
import { TITLES } from './names.ts';
import { chance, int, lognormal, pick, type Random, uuid, weighted } from './random.ts';

export interface JobPlan {
  id: string;
  /** Index into the programme's employers. */
  employer: number;
  employmentType: EmploymentType;
  wageType: string;
  hoursPerWeek: number;
  occupation: string | null;
  title: string;
  start: Day;
  end: Day | null;
  endReason: string | null;
}

/** What kind of job a participant starts: mostly ordinary work, some with wage subsidy, some not counted. */
const TYPES: Record<EmploymentType, number> = {
  ordinary_competitive: 60,
  competitive_wage_subsidy: 18,
  work_practice: 10,
  education: 5,
  volunteering: 4,
  sheltered_vta: 3,
};
/** IPS ung: education is an outcome as good as a job. */
const YOUTH_TYPES: Record<EmploymentType, number> = { ...TYPES, education: 18 };

/** Median days a job lasts: "a few months" for competitive work, longer on a monthly salary. */
const MEDIAN_TENURE: Record<EmploymentType, number> = {
  ordinary_competitive: 110,
  competitive_wage_subsidy: 150,
  work_practice: 90,
  education: 300,
  volunteering: 150,
  sheltered_vta: 400,
};

const END_REASONS: Record<(typeof jobEndReasons.codes)[number], number> = {
  better_job: 10,
  dissatisfied: 16,
  health: 18,
  dismissed_performance: 8,
  dismissed_other: 6,
  temporary_ended: 20,
  workplace_closed: 5,
  education: 5,
  moved: 3,
  other: 9,
};

const OCCUPATIONS = Object.keys(TITLES);

export function jobType(random: Random, youth: boolean): EmploymentType {
  return weighted(random, youth ? YOUTH_TYPES : TYPES);
}

export function isCompetitiveKind(t: EmploymentType): boolean {
  return t === 'ordinary_competitive' || t === 'competitive_wage_subsidy';
}

/** Weekly hours: most part-time; a few below the 4-hour threshold, which then does not count. */
function hours(random: Random, type: EmploymentType): number {
  if (type === 'education') return pick(random, [15, 20, 30, 37.5]);
  const r = random();
  if (r < 0.04) return pick(random, [2, 3, 3.5]);
  if (r < 0.4) return int(random, 8, 15);
  if (r < 0.75) return int(random, 16, 25);
  return pick(random, [26, 30, 32, 35, 37.5]);
}

function wage(random: Random, type: EmploymentType): string {
  if (isCompetitiveKind(type)) return chance(random, 0.7) ? 'hourly' : 'monthly';
  return type === 'sheltered_vta' ? 'other' : 'unpaid';
}

function titleOf(type: EmploymentType, occupation: string): string {
  const title = TITLES[occupation] as string;
  switch (type) {
    case 'education':
      return 'Videregående opplæring';
    case 'volunteering':
      return 'Frivillig arbeid';
    case 'sheltered_vta':
      return 'Varig tilrettelagt arbeid';
    case 'work_practice':
      return `Arbeidstrening, ${title.toLowerCase()}`;
    default:
      return title;
  }
}

/** A job starting on `start` with the tenure it would have (cut later at discharge or the end). */
export function newJob(
  random: Random,
  type: EmploymentType,
  start: Day,
  employers: number,
): JobPlan & { wouldEnd: Day } {
  const occupation = pick(random, OCCUPATIONS);
  const wageType = wage(random, type);
  const median = MEDIAN_TENURE[type] * (wageType === 'monthly' ? 1.6 : 1);
  return {
    id: uuid(random),
    employer: int(random, 0, employers - 1),
    employmentType: type,
    wageType,
    hoursPerWeek: hours(random, type),
    occupation: type === 'education' || type === 'volunteering' ? null : occupation,
    title: titleOf(type, occupation),
    start,
    end: null,
    endReason: null,
    wouldEnd: start + Math.max(3, Math.round(lognormal(random, median, 1))),
  };
}

export function endReason(random: Random): string {
  return weighted(random, END_REASONS);
}
