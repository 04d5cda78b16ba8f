import type { Insertable } from 'kysely';
import { contactCategory } from '../../domain/casework-categories.ts';
import type { ContactCounterpart } from '../../domain/code-lists.ts';
import type { ParticipantContactTable } from '../schema.ts';
import type { Journey } from './demo-casework-journeys.ts';
import { at, pick, type Random } from './demo-casework-support.ts';
import { recorderOn, type Tenure } from './demo-casework-workforce.ts';

export type ContactRow = Required<Omit<Insertable<ParticipantContactTable>, 'id'>>;

/** The columns' database types, for inserting the rows as one JSON array. */
export const CONTACT_TYPES = {
  participant_id: 'uuid',
  job_id: 'uuid',
  contact_date: 'date',
  counterpart: 'text',
  mode: 'text',
  outcome: 'text',
  category: 'text',
  note: 'text',
  next_step: 'text',
  next_step_date: 'date',
  recorded_by: 'uuid',
  recorded_at: 'timestamptz',
} as const;

export interface ContactCtx {
  today: string;
  tenures: Tenure[];
  random: Random;
}

/** One contact about the participant, filed under the category its counterpart decides. */
export function contactRow(
  j: Journey,
  ctx: ContactCtx,
  date: string,
  counterpart: ContactCounterpart,
  more: { mode: string; outcome?: string; jobId?: string; note?: string | null },
): ContactRow {
  return {
    participant_id: j.p.id,
    job_id: more.jobId ?? null,
    contact_date: date,
    counterpart,
    mode: more.mode,
    outcome: more.outcome ?? 'held',
    category: contactCategory(counterpart),
    note: more.note ?? null,
    next_step: null,
    next_step_date: null,
    recorded_by: recorderOn(ctx.tenures, j.p.specialistId, date),
    recorded_at: at(date, 16),
  };
}

/** Mostly face to face, out in the community. */
export function meetingMode(random: Random): string {
  return pick(random, [
    'face_to_face',
    'face_to_face',
    'face_to_face',
    'face_to_face',
    'phone',
    'video',
    'message',
  ]);
}
