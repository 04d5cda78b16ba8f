import type { Insertable, Transaction } from 'kysely';
import { disclosurePreferences, supportKinds } from '../../domain/code-lists.ts';
import type { CareerProfileContent } from '../repositories/casework/career-profile.ts';
import type { CaseworkDocumentTable, Schema } from '../schema.ts';
import type { Journey, PlannedJob } from './demo-casework-journeys.ts';
import {
  EDUCATION_GOALS,
  INTERESTS,
  LEARNT_BY_END_REASON,
  OTHER_WISHES,
  PAST_JOBS,
  PLACES,
  SCHOOLS,
  STRENGTHS,
} from './demo-casework-profile-text.ts';
import { addDays, at, chance, int, pick, type Random } from './demo-casework-support.ts';
import { supportPlanRows } from './demo-casework-support-plans.ts';
import { recorderOn, type Tenure } from './demo-casework-workforce.ts';

type Row = Insertable<CaseworkDocumentTable>;

function some<T>(random: Random, xs: readonly T[], n: number): T[] {
  const out = new Set<T>();
  while (out.size < Math.min(n, xs.length)) out.add(pick(random, xs));
  return [...out];
}

/** The person behind a journey: drawn once, so every version of the profile tells the same story. */
function personOf(j: Journey, random: Random) {
  const past = some(random, PAST_JOBS, int(random, 0, 2));
  return {
    // School from 16, and any earlier jobs from 19: dated by the participant's own birth year.
    born: Number(j.p.birthDate?.slice(0, 4) ?? 1985),
    past: past.map((x, k) => ({ ...x, year: 19 + 2 * k })),
    school: pick(random, SCHOOLS),
    interests: some(random, INTERESTS, int(random, 2, 3)),
    strengths: some(random, STRENGTHS, int(random, 2, 3)),
    places: some(random, PLACES, int(random, 1, 2)),
    other: chance(random, 0.5) ? pick(random, OTHER_WISHES) : undefined,
    disclosure: pick(random, disclosurePreferences.codes),
    supports: some(random, supportKinds.codes.slice(0, 7), int(random, 1, 3)),
    hours: pick(random, [10, 15, 20, 20, 25, 30]),
    goal: j.track === 'ips_ung' ? pick(random, EDUCATION_GOALS) : undefined,
  };
}

type Person = ReturnType<typeof personOf>;

function jobExperience(job: PlannedJob, on: string) {
  const ended = job.end !== null && job.end <= on;
  return {
    employer: job.employer.name,
    title: job.opening.title,
    from: job.start,
    ...(ended ? { to: job.end as string } : {}),
    ...(ended && job.endReason && LEARNT_BY_END_REASON[job.endReason]
      ? { whatWorked: LEARNT_BY_END_REASON[job.endReason] }
      : {}),
  };
}

/** The profile as it read on the version's date: past work, then the jobs in IPS begun by then. */
function contentOn(j: Journey, person: Person, v: Version): CareerProfileContent {
  const { date, revised } = v;
  const past = person.past.map(({ year, ...x }) => ({
    ...x,
    from: `${person.born + year}-08-01`,
    to: `${person.born + year + 1}-06-30`,
  }));
  const note = v.job
    ? `Lagt til erfaringen fra ${v.job.employer.name}.`
    : 'Oppdatert etter ny samtale om ønsker.';
  return {
    workHistory: [...past, ...j.jobs.filter((x) => x.start <= date).map((x) => jobExperience(x, date))],
    education: [{ ...person.school, from: `${person.born + 16}-08-15`, to: `${person.born + 19}-06-20` }],
    ...(person.goal ? { educationGoals: person.goal } : {}),
    interests: person.interests,
    strengths: person.strengths,
    preferences: {
      occupations: revised ? j.preferred : j.preferred.slice(0, 1),
      hoursPerWeek: revised ? Math.min(person.hours + 5, 30) : person.hours,
      places: person.places,
      ...(person.other ? { other: person.other } : {}),
    },
    disclosure: person.disclosure,
    supports: person.supports,
    ...(revised ? { notes: note } : {}),
  };
}

/** Ingrid's own story: shop or warehouse work, half time to begin with (as her notes say). */
function ingridPerson(person: Person): Person {
  return {
    ...person,
    past: [{ ...PAST_JOBS[0], year: 19 }],
    interests: ['dyr', 'friluftsliv', 'foto'],
    strengths: ['punktlig', 'god med folk', 'nøyaktig'],
    places: ['Bodø sentrum', 'Mørkved'],
    other: 'Ønsker å begynne etter kl. 10.',
    disclosure: 'partial',
    supports: ['regular_checkins', 'benefits_follow_up', 'employer_support'],
    hours: 15,
  };
}

interface Version {
  date: string;
  revised: boolean;
  job: PlannedJob | null;
}

/** v1 when the profile was made, a revision for some, and a version from each job that ended. */
function versionsOf(j: Journey, made: string, today: string, random: Random): Version[] {
  const versions: Version[] = [{ date: made, revised: false, job: null }];
  const revision = addDays(made, int(random, 20, 60));
  if ((j.ingrid || chance(random, 0.45)) && revision <= today) {
    versions.push({ date: revision, revised: true, job: null });
  }
  for (const job of j.jobs) {
    const after = job.end === null ? null : addDays(job.end, int(random, 1, 5));
    if (after !== null && after > made && after <= today) versions.push({ date: after, revised: true, job });
  }
  return versions.sort((a, b) => a.date.localeCompare(b.date));
}

function profileRows(j: Journey, person: Person, today: string, tenures: Tenure[], random: Random): Row[] {
  const made = j.stages.find((s) => s.stage === 'career_profile')?.date;
  if (!made) return [];
  return versionsOf(j, made, today, random).map((v, k) => ({
    participant_id: j.p.id,
    kind: 'career_profile' as const,
    version: k + 1,
    content: JSON.stringify(contentOn(j, person, v)),
    source: v.job ? ('job_experience' as const) : ('manual' as const),
    job_id: v.job?.id ?? null,
    recorded_by: recorderOn(tenures, j.p.specialistId, v.date),
    recorded_at: at(v.date, 13),
  }));
}

/** Career profiles and, for those who have been in work, plans of support: one insert. */
export async function insertDocuments(
  tx: Transaction<Schema>,
  journeys: readonly Journey[],
  ctx: { today: string; tenures: Tenure[]; random: Random },
) {
  const rows = journeys.flatMap((j) => {
    const drawn = personOf(j, ctx.random);
    const person = j.ingrid ? ingridPerson(drawn) : drawn;
    return [
      ...profileRows(j, person, ctx.today, ctx.tenures, ctx.random),
      ...supportPlanRows(j, person.disclosure, ctx.today, ctx.tenures, ctx.random),
    ];
  });
  if (rows.length > 0) await tx.insertInto('casework_document').values(rows).execute();
}
