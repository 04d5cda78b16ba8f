import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { AppError } from '../../../domain/app-error.ts';
import type { AgeBand, WorkWish } from '../../../domain/code-lists.ts';
import type { IdentityNumberPolicy } from '../../../domain/fnr.ts';
import type { Caller } from '../../access/caller.ts';
import { authorise, Denial, guarded, guardedRead } from '../../access/guard.ts';
import type { Schema } from '../../schema.ts';
import type { Store } from '../../store.ts';
import { type Conversion, type Converted, convertCandidate } from './candidate-conversion.ts';
import { assertAnonymous, type Candidate, candidateQuery, toCandidate } from './candidate-rows.ts';
import { nextHandle } from './handles.ts';

export type { Candidate, Conversion, Converted };

export interface NewCandidate {
  ageBand: AgeBand;
  workWish: WorkWish;
  note: string | null;
  teamId: string | null;
}

/** Anonymous candidates of the caller's programme, raised in team meetings before any consent. */
export class CandidateRepository {
  constructor(
    private readonly store: Store,
    private readonly caller: Caller,
  ) {}

  create(input: NewCandidate): Promise<Candidate> {
    assertAnonymous({ note: input.note });
    return guarded(this.store, async (tx) => {
      const programmeId = this.caller.programmeId;
      const id = randomUUID();
      const decision = await authorise(
        tx,
        this.caller,
        { action: 'create', subject: { type: 'cooperation', programmeId } },
        { subjectType: 'candidate', subjectId: id, programmeId },
      );
      if (!decision.allow || !programmeId)
        return new Denial(decision.allow ? 'no_programme' : decision.reason);
      if (input.teamId) await checkTreatmentTeam(tx, programmeId, input.teamId);
      await tx
        .insertInto('candidate')
        .values({
          id,
          programme_id: programmeId,
          team_id: input.teamId,
          handle: await nextHandle(tx, programmeId, 'K'),
          age_band: input.ageBand,
          work_wish: input.workWish,
          note: input.note,
          raised_by: this.caller.userId,
        })
        .execute();
      return toCandidate(await candidateQuery(tx).where('c.id', '=', id).executeTakeFirstOrThrow());
    });
  }

  /** The programme's candidates not yet converted, newest first (one audit event for the pool). */
  list(): Promise<Candidate[]> {
    return guardedRead(this.store, async (db, sink) => {
      const programmeId = this.caller.programmeId;
      const decision = await authorise(
        sink,
        this.caller,
        { action: 'list', subject: { type: 'cooperation', programmeId } },
        { subjectType: 'candidate_pool', programmeId },
      );
      if (!decision.allow || !programmeId)
        return new Denial(decision.allow ? 'no_programme' : decision.reason);
      const rows = await candidateQuery(db)
        .where('c.programme_id', '=', programmeId)
        .where('c.converted_participant_id', 'is', null)
        .orderBy('c.raised_at', 'desc')
        .orderBy('c.id')
        .execute();
      return rows.map(toCandidate);
    });
  }

  /** Consent given: the candidate becomes a participant (keeping the handle) with its first consent. */
  convert(candidateId: string, input: Conversion, identityNumbers: IdentityNumberPolicy): Promise<Converted> {
    return guarded(this.store, (tx) =>
      convertCandidate(tx, this.caller, candidateId, input, identityNumbers),
    );
  }
}

async function checkTreatmentTeam(db: Kysely<Schema>, programmeId: string, teamId: string) {
  const team = await db
    .selectFrom('team')
    .select('id')
    .where('id', '=', teamId)
    .where('programme_id', '=', programmeId)
    .where('kind', '=', 'treatment_team')
    .executeTakeFirst();
  if (!team) {
    throw AppError.validation([
      { path: 'teamId', message: 'teamId is not a treatment team of this programme' },
    ]);
  }
}
