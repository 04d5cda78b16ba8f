import type { Kysely } from 'kysely';
import type { Decision, ParticipantAction, ParticipantFacts } from '../../domain/access.ts';
import { AppError } from '../../domain/app-error.ts';
import { type DataCategory, type NoteCategory, noteCategories } from '../../domain/code-lists.ts';
import { type AuditSink, writeAudit } from '../audit/writer.ts';
import type { Schema } from '../schema.ts';
import type { Caller } from './caller.ts';
import { Denial, recordDecision } from './guard.ts';
import {
  type CaseNote,
  type ParticipantFactsRow,
  type ParticipantRecordRow,
  participantRecordWithFacts,
  participantWithFacts,
  toFacts,
} from './participant-facts.ts';

export interface Opened {
  row: ParticipantFactsRow;
  facts: ParticipantFacts;
}

export interface Withheld {
  category: DataCategory;
  reason: string;
}

/** What a caller may see of a record: the categories allowed, and those withheld with the reason. */
export interface Visibility {
  allowed: DataCategory[];
  withheld: Withheld[];
  /** Some category was opened only by break-the-glass: the event is flagged for review. */
  breakTheGlass: boolean;
}

/**
 * Loads a participant with the facts the policy needs. An id no participant has is audited as a
 * miss and refused: repeated misses can reveal probing.
 */
export async function openParticipant(
  db: Kysely<Schema>,
  sink: AuditSink,
  caller: Caller,
  action: ParticipantAction,
  id: string,
): Promise<Opened | Denial> {
  const row = await participantWithFacts(db, id, caller.userId);
  return row ? { row, facts: toFacts(row) } : missing(sink, caller, action, id);
}

export async function missing(
  sink: AuditSink,
  caller: Caller,
  action: ParticipantAction,
  id: string,
): Promise<Denial> {
  await writeAudit(sink, caller, [
    {
      action: action === 'read' ? 'read' : 'update',
      subjectType: 'participant',
      subjectId: id,
      decision: 'deny',
      reason: 'not_found',
    },
  ]);
  return new Denial('not_found', notFound(id));
}

function notFound(id: string): AppError {
  return new AppError('not_found', `participant ${id} not found`);
}

/**
 * The refusal of a decision on a participant, once its audit event is written. A caller outside
 * her programme gets the answer an unknown id gets, so a refusal never tells another programme
 * that she exists; the event keeps the true reason.
 */
export function refusal(caller: Caller, facts: ParticipantFacts, reason: string): Denial {
  const outside = caller.actor.kind === 'user' && caller.programmeId !== facts.programmeId;
  return outside ? new Denial(reason, notFound(facts.id)) : new Denial(reason);
}

export function participantTarget(facts: ParticipantFacts, details?: Record<string, unknown>) {
  return {
    subjectType: 'participant',
    subjectId: facts.id,
    participantId: facts.id,
    programmeId: facts.programmeId,
    ...(details ? { details } : {}),
  };
}

export interface GateOptions {
  category?: DataCategory;
  details?: Record<string, unknown>;
  now?: Date;
  /** For a correction: who recorded the entry (the policy lets its author correct it). */
  entryRecordedBy?: string | null;
}

/**
 * Opens a participant and decides one action on it (on one category, for read/update/export),
 * writing the audit event either way. Returns the opened record and the decision, or a Denial.
 */
export async function gateParticipant(
  db: Kysely<Schema>,
  sink: AuditSink,
  caller: Caller,
  action: ParticipantAction,
  id: string,
  options: GateOptions = {},
): Promise<(Opened & { decision: Extract<Decision, { allow: true }> }) | Denial> {
  const opened = await openParticipant(db, sink, caller, action, id);
  if (opened instanceof Denial) return opened;
  const now = options.now ?? new Date();
  const { category, entryRecordedBy } = options;
  const decision = caller.ask({ action, subject: opened.facts, category, entryRecordedBy }, now);
  const details = options.category ? { category: options.category, ...options.details } : options.details;
  await recordDecision(sink, caller, action, decision, participantTarget(opened.facts, details));
  if (!decision.allow) return refusal(caller, opened.facts, decision.reason);
  return { ...opened, decision };
}

/** Which of the categories the caller may act on, deciding each (nothing is written). */
export function visibility(
  caller: Caller,
  facts: ParticipantFacts,
  action: 'read' | 'export',
  categories: readonly DataCategory[],
  now: Date,
): Visibility {
  const out: Visibility = { allowed: [], withheld: [], breakTheGlass: false };
  for (const category of categories) {
    const d = caller.ask({ action, subject: facts, category }, now);
    if (d.allow) out.allowed.push(category);
    else out.withheld.push({ category, reason: d.reason });
    if (d.allow && d.reason === 'break_the_glass') out.breakTheGlass = true;
  }
  return out;
}

/**
 * Decides a read or export of a whole record (or a whole view of it, like the casework): refused
 * unless identity is allowed; otherwise each of `categories` is decided, and the one audit event
 * names the allowed and the withheld ones.
 */
export async function decideWholeRecord(
  sink: AuditSink,
  caller: Caller,
  facts: ParticipantFacts,
  action: 'read' | 'export',
  categories: readonly DataCategory[],
  view?: string,
): Promise<Visibility | Denial> {
  const now = new Date();
  const identity = caller.ask({ action, subject: facts, category: 'identity' }, now);
  const seen = identity.allow ? visibility(caller, facts, action, categories, now) : null;
  const decided = seen
    ? {
        categories: seen.allowed,
        withheld: seen.withheld,
        ...(seen.breakTheGlass ? { breakTheGlass: true } : {}),
      }
    : {};
  const details = seen || view ? { ...(view ? { view } : {}), ...decided } : undefined;
  await recordDecision(sink, caller, action, identity, participantTarget(facts, details));
  return seen ?? refusal(caller, facts, identity.reason);
}

interface NoteJson {
  id: string;
  category: NoteCategory;
  body: string;
  author_id: string;
  display_name: string;
  created_at: string;
}

/**
 * Decides a read or export of the whole record: refused unless identity is allowed; otherwise
 * allowed, with the withheld categories named in the one audit event. Returns the notes of the
 * allowed categories only (newest first).
 */
export async function gateRecord(
  db: Kysely<Schema>,
  sink: AuditSink,
  caller: Caller,
  action: 'read' | 'export',
  id: string,
): Promise<(Opened & { visibility: Visibility; notes: CaseNote[] }) | Denial> {
  const prefetched = caller.takePrefetched(id);
  const row = prefetched === undefined ? await participantRecordWithFacts(db, id, caller.userId) : prefetched;
  if (!row) return missing(sink, caller, action, id);
  const facts = toFacts(row);
  const seen = await decideWholeRecord(sink, caller, facts, action, noteCategories);
  if (seen instanceof Denial) return seen;
  return { row, facts, visibility: seen, notes: allowedNotes(row, seen) };
}

/** The record's case notes in the categories the caller may see, newest first. */
export function allowedNotes(row: ParticipantRecordRow, seen: Visibility): CaseNote[] {
  const allowed = new Set<string>(seen.allowed);
  return (row.notes as unknown as NoteJson[])
    .filter((n) => allowed.has(n.category))
    .map((n) => ({
      id: n.id,
      category: n.category,
      body: n.body,
      author: { id: n.author_id, displayName: n.display_name },
      createdAt: new Date(n.created_at),
    }));
}
