import type { Insertable } from 'kysely';
import type { EmploymentType } from '../../domain/code-lists.ts';
import type { SupportPlanContent } from '../repositories/casework/career-profile.ts';
import type { CaseworkDocumentTable } from '../schema.ts';
import type { Journey, PlannedJob } from './demo-casework-journeys.ts';
import { SUPPORTS } from './demo-casework-profile-text.ts';
import { addDays, at, int, pick, type Random } from './demo-casework-support.ts';
import { recorderOn, type Tenure } from './demo-casework-workforce.ts';

/** Jobs that bring follow-along in work, and so a plan of supports. */
const FOLLOWED: readonly EmploymentType[] = ['ordinary_competitive', 'competitive_wage_subsidy', 'education'];

const EXTRA = [
  'workplace_adjustment',
  'travel_support',
  'benefits_follow_up',
  'health_coordination',
  'skills_training',
];

/** Check-ins always; the employer only when the participant lets the employer know them. */
function kindsFor(disclosure: string, random: Random): string[] {
  const kinds = ['regular_checkins'];
  if (disclosure !== 'no_disclosure') kinds.push('employer_support');
  kinds.push(pick(random, EXTRA));
  return [...new Set(kinds)];
}

function content(kinds: readonly string[], job: PlannedJob, later: boolean): SupportPlanContent {
  return {
    supports: kinds.map((kind) => {
      const s = SUPPORTS[kind] as { description: string; first: string; later: string };
      return { kind, description: s.description, frequency: later ? s.later : s.first };
    }),
    note: later
      ? `Tettere oppfølging trappet ned etter de første ukene som ${job.opening.title.toLowerCase()}.`
      : `Plan for de første ukene i jobben hos ${job.employer.name}.`,
  };
}

/** A plan a few days into each followed job, and a stepped-down one after a month or two. */
export function supportPlanRows(
  j: Journey,
  disclosure: string,
  today: string,
  tenures: Tenure[],
  random: Random,
): Insertable<CaseworkDocumentTable>[] {
  const versions: { date: string; content: SupportPlanContent }[] = [];
  for (const job of j.jobs.filter((x) => FOLLOWED.includes(x.opening.type))) {
    const kinds = kindsFor(disclosure, random);
    const last = job.end ?? today;
    for (const [later, days] of [
      [false, int(random, 3, 8)],
      [true, int(random, 35, 60)],
    ] as const) {
      const date = addDays(job.start, days);
      if (date <= last && date <= today) versions.push({ date, content: content(kinds, job, later) });
    }
  }
  return versions.map((v, k) => ({
    participant_id: j.p.id,
    kind: 'support_plan' as const,
    version: k + 1,
    content: JSON.stringify(v.content),
    recorded_by: recorderOn(tenures, j.p.specialistId, v.date),
    recorded_at: at(v.date, 11),
  }));
}
