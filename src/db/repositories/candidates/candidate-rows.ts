import type { Kysely } from 'kysely';
import { AppError } from '../../../domain/app-error.ts';
import type { AgeBand, WorkWish } from '../../../domain/code-lists.ts';
import type { FieldError } from '../../../domain/field-error.ts';
import { describeFindings, findIdentifyingText } from '../../../domain/identifying-text.ts';
import type { Schema } from '../../schema.ts';

/** Someone raised before consent: an age band, a wish and a short note, never who they are. */
export interface Candidate {
  id: string;
  handle: string;
  ageBand: AgeBand;
  workWish: WorkWish;
  note: string | null;
  team: { id: string; name: string } | null;
  raisedBy: string;
  raisedAt: Date;
  convertedParticipantId: string | null;
}

/**
 * Refuses free text that could identify the person (before consent nothing identifying may be
 * stored): one 400 naming each field with a finding, thrown before anything is written.
 */
export function assertAnonymous(fields: Record<string, string | null | undefined>) {
  const errors: FieldError[] = [];
  for (const [path, text] of Object.entries(fields)) {
    const findings = text ? findIdentifyingText(text) : [];
    if (findings.length > 0) errors.push({ path, message: `${path} ${describeFindings(findings)}` });
  }
  if (errors.length > 0) throw AppError.validation(errors);
}

export function candidateQuery(db: Kysely<Schema>) {
  return db
    .selectFrom('candidate as c')
    .innerJoin('app_user as u', 'u.id', 'c.raised_by')
    .leftJoin('team as t', 't.id', 'c.team_id')
    .select([
      'c.id',
      'c.programme_id',
      'c.handle',
      'c.age_band',
      'c.work_wish',
      'c.note',
      'c.team_id',
      't.name as team_name',
      'u.display_name as raised_by_name',
      'c.raised_at',
      'c.converted_participant_id',
    ]);
}

type CandidateRow = Awaited<ReturnType<ReturnType<typeof candidateQuery>['executeTakeFirstOrThrow']>>;

export function toCandidate(r: CandidateRow): Candidate {
  return {
    id: r.id,
    handle: r.handle,
    ageBand: r.age_band as AgeBand,
    workWish: r.work_wish as WorkWish,
    note: r.note,
    team: r.team_id && r.team_name ? { id: r.team_id, name: r.team_name } : null,
    raisedBy: r.raised_by_name,
    raisedAt: r.raised_at,
    convertedParticipantId: r.converted_participant_id,
  };
}
