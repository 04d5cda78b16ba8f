import { workforceEndReasons } from '../../../domain/code-lists.ts';
import type { Day } from './days.ts';
import { FAMILY_NAMES, FEMALE_NAMES, MALE_NAMES } from './names.ts';
import { chance, lognormal, pick, STREAM, streamFor, uuid, weighted } from './random.ts';

export interface SpecialistPlan {
  index: number;
  id: string;
  employmentId: string;
  username: string;
  displayName: string;
  programme: number;
  position: number;
  start: Day;
  /** The last day employed; null while still in the post. */
  end: Day | null;
  fte: number;
  endReason: string | null;
  /** Days into July the specialist's three summer weeks start (staggered within a team). */
  summerOffset: number;
}

type EndReason = (typeof workforceEndReasons.codes)[number];

/** Why job specialists leave: most for another job or because of the workload (turnover studies). */
const END_REASONS: Record<EndReason, number> = {
  new_job_elsewhere: 45,
  internal_move: 20,
  workload: 15,
  end_of_funding: 6,
  retirement: 4,
  other: 10,
};

/** Median years in the post: with the long tail, about a third of specialists leave each year. */
const MEDIAN_TENURE_DAYS = 1.6 * 365;
const MIN_TENURE_DAYS = 60;

interface PostLike {
  programme: number;
  start: Day;
  holders: SpecialistPlan[];
}

/**
 * Who held each post: the first specialist from the day it opened, and each successor from the day
 * after the predecessor left (taking over the caseload), until the history's end.
 */
export function specialistsOf(seed: number, posts: PostLike[], end: Day): SpecialistPlan[] {
  const random = streamFor(seed, STREAM.workforce, 0);
  const all: SpecialistPlan[] = [];
  posts.forEach((post, position) => {
    let start = post.start;
    for (;;) {
      const tenure = Math.max(MIN_TENURE_DAYS, Math.round(lognormal(random, MEDIAN_TENURE_DAYS, 0.8)));
      const leaves = start + tenure <= end ? start + tenure : null;
      const female = chance(random, 0.72);
      const index = all.length;
      const s: SpecialistPlan = {
        index,
        id: uuid(random),
        employmentId: uuid(random),
        username: `synth.jobb${String(index + 1).padStart(5, '0')}`,
        displayName: `${pick(random, female ? FEMALE_NAMES : MALE_NAMES)} ${pick(random, FAMILY_NAMES)}`,
        programme: post.programme,
        position,
        start,
        end: leaves,
        fte: pick(random, [0.5, 0.8, 1, 1, 1, 1]),
        endReason: leaves === null ? null : weighted(random, END_REASONS),
        summerOffset: pick(random, [0, 7, 14]),
      };
      all.push(s);
      post.holders.push(s);
      if (leaves === null) break;
      start = leaves + 1;
    }
  });
  return all;
}

/** Who held the post on `day` (the first holder before it opened, the last after the end). */
export function holderOn(holders: readonly SpecialistPlan[], day: Day): SpecialistPlan {
  for (const h of holders) if (h.end === null || day <= h.end) return h;
  return holders[holders.length - 1] as SpecialistPlan;
}
