import type { Insertable, Transaction } from 'kysely';
import { isCompetitiveType } from '../../domain/employment.ts';
import type { EmployerContactTable, Schema } from '../schema.ts';
import type { SeededEmployer } from './demo-casework-employers.ts';
import { type Journey, stageOn } from './demo-casework-journeys.ts';
import {
  addDays,
  at,
  chance,
  type Day,
  insertJsonRows,
  int,
  isWorkingDay,
  pick,
  type Random,
} from './demo-casework-support.ts';
import { atWork, recorderOn, type Tenure } from './demo-casework-workforce.ts';

type Row = Required<Omit<Insertable<EmployerContactTable>, 'id'>>;

const TYPES = {
  programme_id: 'uuid',
  employer_id: 'uuid',
  job_specialist_id: 'uuid',
  participant_id: 'uuid',
  contact_person_id: 'uuid',
  contact_date: 'date',
  face_to_face: 'boolean',
  outcome: 'text',
  matches_preferences: 'boolean',
  next_step: 'text',
  next_step_date: 'date',
  note: 'text',
  recorded_at: 'timestamptz',
} as const;

interface Ctx {
  programmeId: string;
  calendar: readonly Day[];
  tenures: Tenure[];
  employers: readonly SeededEmployer[];
  random: Random;
}

const GENERAL_OUTCOMES = [
  'information',
  'information',
  'meeting_booked',
  'no_opening',
  'no_opening',
  'opening_identified',
  'declined',
];
const FOR_PARTICIPANT = ['opening_identified', 'meeting_booked', 'interview', 'no_opening', 'declined'];

const NEXT_STEPS: Record<string, { text: string; days: readonly [number, number] }> = {
  meeting_booked: { text: 'Nytt møte med arbeidsgiveren', days: [7, 14] },
  opening_identified: { text: 'Sende CV og ringe opp igjen', days: [3, 7] },
  interview: { text: 'Forberede intervjuet med deltakeren', days: [2, 6] },
};

const NOTES: Record<string, string> = {
  information: 'Fortalt om IPS og hvordan vi følger opp både arbeidstaker og arbeidsgiver.',
  no_opening: 'Ingen ledige stillinger nå; positiv til ny kontakt til høsten.',
  opening_identified: 'Mulig deltidsstilling fra neste måned.',
  declined: 'Ikke aktuelt for bedriften nå.',
};

function employerFor(j: Journey, ctx: Ctx): { employer: SeededEmployer; matches: boolean } {
  const matching = ctx.employers.filter((e) =>
    e.openings.some(
      (o) => isCompetitiveType(o.type) && o.occupation !== null && j.preferred.includes(o.occupation),
    ),
  );
  if (matching.length > 0 && chance(ctx.random, 0.8))
    return { employer: pick(ctx.random, matching), matches: true };
  return { employer: pick(ctx.random, ctx.employers), matches: false };
}

function row(
  ctx: Ctx,
  by: string,
  date: string,
  employer: SeededEmployer,
  outcome: string,
  j?: Journey,
): Row {
  const step = NEXT_STEPS[outcome];
  const stepDate = step ? addDays(date, int(ctx.random, step.days[0], step.days[1])) : null;
  return {
    programme_id: ctx.programmeId,
    employer_id: employer.id,
    job_specialist_id: by,
    participant_id: j?.p.id ?? null,
    contact_person_id: chance(ctx.random, 0.6) ? pick(ctx.random, employer.personIds) : null,
    contact_date: date,
    face_to_face: chance(ctx.random, 0.82),
    outcome,
    matches_preferences: null,
    next_step: step?.text ?? null,
    next_step_date: stepDate,
    note: chance(ctx.random, 0.3) ? (NOTES[outcome] ?? null) : null,
    recorded_at: at(date, 15),
  };
}

/** One week of a job specialist's job development: six to eight contacts, some for a participant. */
function week(t: Tenure, days: string[], mine: readonly Journey[], ctx: Ctx): Row[] {
  const count = Math.round((int(ctx.random, 6, 8) * days.length) / 5);
  return Array.from({ length: count }, () => {
    const date = pick(ctx.random, days);
    // Ingrid, who signs in, has a few employer contacts to read, not dozens.
    const searching = mine.filter(
      (j) =>
        stageOn(j, date) === 'job_search' &&
        recorderOn(ctx.tenures, j.p.specialistId, date) === t.userId &&
        (!j.ingrid || chance(ctx.random, 0.25)),
    );
    if (searching.length === 0 || chance(ctx.random, 0.55)) {
      return row(ctx, t.userId, date, pick(ctx.random, ctx.employers), pick(ctx.random, GENERAL_OUTCOMES));
    }
    const j = pick(ctx.random, searching);
    const { employer, matches } = employerFor(j, ctx);
    return {
      ...row(ctx, t.userId, date, employer, pick(ctx.random, FOR_PARTICIPANT), j),
      matches_preferences: matches,
    };
  });
}

function tenureRows(t: Tenure, journeys: readonly Journey[], ctx: Ctx): Row[] {
  // Their own caseload, and the one they handed over: whose it was on a date is settled per contact.
  const successors = new Set(ctx.tenures.filter((x) => x.predecessorId === t.userId).map((x) => x.userId));
  const mine = journeys.filter((j) => j.p.specialistId === t.userId || successors.has(j.p.specialistId));
  const weeks = new Map<string, string[]>();
  for (const d of ctx.calendar) {
    if (isWorkingDay(d) && atWork(t, d.date)) weeks.set(d.monday, [...(weeks.get(d.monday) ?? []), d.date]);
  }
  return [...weeks.values()].flatMap((w) => week(t, w, mine, ctx));
}

/** The interview and the hiring before each paid job: the job specialist's work that led to it. */
function hiringRows(journeys: readonly Journey[], ctx: Ctx): Row[] {
  return journeys.flatMap((j) =>
    j.jobs
      .filter((job) => isCompetitiveType(job.opening.type))
      .flatMap((job) =>
        (['interview', 'hired'] as const).map((outcome) => {
          const date = addDays(
            job.start,
            outcome === 'interview' ? -int(ctx.random, 8, 15) : -int(ctx.random, 1, 5),
          );
          const by = recorderOn(ctx.tenures, j.p.specialistId, date);
          return {
            ...row(ctx, by, date, job.employer, outcome, j),
            face_to_face: true,
            matches_preferences: true,
          };
        }),
      )
      .filter((r) => r.contact_date >= j.p.referralDate),
  );
}

/** Every job specialist's employer contacts over the past year, and those that led to each job. */
export async function insertEmployerContacts(
  tx: Transaction<Schema>,
  journeys: readonly Journey[],
  ctx: Ctx,
) {
  const rows = [...ctx.tenures.flatMap((t) => tenureRows(t, journeys, ctx)), ...hiringRows(journeys, ctx)];
  await insertJsonRows(tx, 'employer_contact', TYPES, rows);
}
