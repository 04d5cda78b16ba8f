import { randomUUID } from 'node:crypto';
import { type Kysely, sql } from 'kysely';
import { AppError } from '../../../domain/app-error.ts';
import type { PersonRegister } from '../../../domain/person-register.ts';
import type { Caller } from '../../access/caller.ts';
import { decideEach } from '../../access/decide-each.ts';
import { authorise, Denial, guarded, guardedRead } from '../../access/guard.ts';
import {
  type CaseNote,
  lockParticipant,
  type Participant,
  type ParticipantSummary,
  participantQuery,
  participantWithFactsQuery,
  toFacts,
  toParticipant,
  toSummary,
} from '../../access/participant-facts.ts';
import { gateParticipant, gateRecord, type Withheld } from '../../access/participant-gate.ts';
import type { Schema } from '../../schema.ts';
import type { Store } from '../../store.ts';
import { nextHandle } from '../candidates/handles.ts';
import { fromRegister } from './person-lookup.ts';
import {
  checkReferences,
  checkTrack,
  insertParticipant,
  type NewParticipant,
  type ParticipantChanges,
} from './referral.ts';

export type { CaseNote, NewParticipant, ParticipantChanges };

/** The record as one caller may see it: identity, the notes of allowed categories, what is withheld. */
export interface ParticipantRecord extends Participant {
  notes: CaseNote[];
  withheld: Withheld[];
}

/**
 * Every read and write of participants, for one caller. Each method asks the policy and writes the
 * audit event with the data it touches, on refusal and on empty results too.
 */
export class ParticipantRepository {
  constructor(
    private readonly store: Store,
    private readonly caller: Caller,
  ) {}

  /** The caller's caseload: assigned, the whole programme, or the records shared with them. */
  list(): Promise<ParticipantSummary[]> {
    return guarded(this.store, async (tx) => {
      const programmeId = this.caller.programmeId;
      const decision = await authorise(
        tx,
        this.caller,
        { action: 'list', subject: { type: 'caseload', programmeId } },
        { subjectType: 'caseload', programmeId },
      );
      if (!decision.allow) return new Denial(decision.reason);
      const rows = await this.caseloadRows(tx, programmeId ?? '', decision.scope ?? 'own');
      const decided = await decideEach(tx, this.caller, rows.map(toFacts), {
        category: 'identity',
        auditAs: 'list',
      });
      const visible = rows.filter((r) => decided.get(r.id)?.allow);
      return visible.map(toSummary);
    });
  }

  /**
   * The rows the policy then decides one by one. For the programme scope, every participant; for
   * one's own, those the caller could reach at all: assigned to them, in one of their treatment
   * teams, or named by organisation in some consent. It must never be narrower than decide():
   * list-candidates.int.test.ts checks that on every case of the access matrix.
   */
  private caseloadRows(tx: Kysely<Schema>, programmeId: string, scope: 'own' | 'programme') {
    const actor = this.caller.actor;
    let query = participantWithFactsQuery(tx, this.caller.userId)
      .where('p.programme_id', '=', programmeId)
      .where('p.erased_at', 'is', null)
      .orderBy('p.family_name')
      .orderBy('p.given_name');
    if (scope === 'own' && actor.kind === 'user') {
      const teamIds = [...actor.teamIds];
      const namedOrganisation = JSON.stringify([{ organisationId: actor.organisationId }]);
      query = query.where((eb) =>
        eb.or([
          eb('p.job_specialist_id', '=', actor.userId),
          ...(teamIds.length > 0 ? [eb('p.treatment_team_id', 'in', teamIds)] : []),
          eb.exists(
            eb
              .selectFrom('consent as c')
              .select('c.id')
              .whereRef('c.participant_id', '=', 'p.id')
              .where('c.recipients', '@>', sql<never>`cast(${namedOrganisation} as jsonb)`),
          ),
        ]),
      );
    }
    return query.execute();
  }

  /** The record: identity, and the notes of each category the caller may see; the rest named as withheld. */
  get(id: string): Promise<ParticipantRecord> {
    return guardedRead(this.store, async (db, sink) => {
      const gate = await gateRecord(db, sink, this.caller, 'read', id);
      if (gate instanceof Denial) return gate;
      return Object.assign(toParticipant(gate.row), {
        notes: gate.notes,
        withheld: gate.visibility.withheld,
      });
    });
  }

  /** Registers a referral; with the population register configured, her name and protection come from it. */
  async create(typed: NewParticipant, register: PersonRegister | null): Promise<Participant> {
    const input = register ? await fromRegister(this.store, this.caller, typed, register) : typed;
    return guarded(this.store, async (tx) => {
      const programmeId = this.caller.programmeId;
      // The id is made here so the one audit event of the decision can name the new participant.
      const id = randomUUID();
      const decision = await authorise(
        tx,
        this.caller,
        { action: 'create', subject: { type: 'new_participant', programmeId } },
        { subjectType: 'participant', subjectId: id, participantId: id, programmeId },
      );
      if (!decision.allow || !programmeId)
        return new Denial(decision.allow ? 'no_programme' : decision.reason);
      await insertParticipant(tx, programmeId, id, input, await nextHandle(tx, programmeId, 'D'));
      return toParticipant(await participantQuery(tx).where('p.id', '=', id).executeTakeFirstOrThrow());
    });
  }

  update(id: string, changes: ParticipantChanges, version: number): Promise<Participant> {
    return guarded(this.store, async (tx) => {
      await lockParticipant(tx, id);
      const gate = await gateParticipant(tx, tx, this.caller, 'update', id, {
        category: 'identity',
        details: { fields: Object.keys(changes).sort() },
      });
      if (gate instanceof Denial) return gate;
      if (gate.row.version !== version) {
        throw new AppError(
          'version_conflict',
          `participant ${id} was changed by someone else (version ${gate.row.version})`,
        );
      }
      await checkReferences(tx, gate.row.programme_id, changes);
      await tx
        .updateTable('participant')
        .set({
          given_name: changes.givenName,
          family_name: changes.familyName,
          referral_date: changes.referralDate,
          referral_source: changes.referralSource,
          referring_organisation_id: changes.referringOrganisationId,
          treatment_team_id: changes.treatmentTeamId,
          track: changes.track,
          employed_at_referral: changes.employedAtReferral,
          updated_at: new Date(),
          version: version + 1,
        })
        .where('id', '=', id)
        .execute();
      if (changes.track !== undefined || changes.referralDate !== undefined) await checkTrack(tx, id);
      return toParticipant(await participantQuery(tx).where('p.id', '=', id).executeTakeFirstOrThrow());
    });
  }
}
