import type { Transaction } from 'kysely';
import { AppError } from '../../../domain/app-error.ts';
import { osloToday } from '../../../domain/participant.ts';
import type { Caller } from '../../access/caller.ts';
import { auditShown, openSpecialistWork, workGrant } from '../../access/caseload-access.ts';
import { Denial, guarded, guardedRead } from '../../access/guard.ts';
import { gateParticipant } from '../../access/participant-gate.ts';
import type { Schema } from '../../schema.ts';
import type { Store } from '../../store.ts';
import {
  type QueuedReferral,
  queueRows,
  referralQueue,
  type SpecialistLoad,
  specialistLoads,
  unassignedCount,
} from './caseload-overview.ts';
import { type CaseloadRow, caseloadRows, toCaseloadRow } from './caseload-rows.ts';
import { openProgrammeWork } from './programme-work.ts';

export interface CaseloadPage {
  specialist: { id: string; displayName: string };
  settings: { rapidSearchDays: number; caseloadMax: number };
  rows: CaseloadRow[];
}

export interface CaseloadOverview {
  caseloadMax: number;
  specialists: SpecialistLoad[];
  unassigned: number;
  referralQueue: QueuedReferral[];
}

export interface Reassignment {
  id: string;
  jobSpecialist: { id: string; displayName: string };
}

/** The job specialist's caseload page, the supervisor's overview of all caseloads, and reassignment. */
export class CaseloadRepository {
  constructor(
    private readonly store: Store,
    private readonly caller: Caller,
  ) {}

  /** One specialist's active participants (and those discharged lately), for them or their supervisor. */
  page(specialistId: string): Promise<CaseloadPage> {
    return guardedRead(this.store, async (db, sink) => {
      const opened = await openSpecialistWork(db, sink, this.caller, specialistId);
      if (opened instanceof Denial) return opened;
      const { specialist, programmeId, settings } = opened.work;
      const rows = await caseloadRows(db, programmeId, specialistId, osloToday(), settings);
      const shown = await auditShown(sink, this.caller, workGrant(opened, 'caseload'), rows);
      return {
        specialist,
        settings: { rapidSearchDays: settings.rapidSearchDays, caseloadMax: settings.caseloadMax },
        rows: shown.map(toCaseloadRow),
      };
    });
  }

  /** Every specialist's caseload, the unassigned and the referral queue: the supervisor's. */
  overview(): Promise<CaseloadOverview> {
    return guardedRead(this.store, async (db, sink) => {
      const opened = await openProgrammeWork(db, sink, this.caller, 'caseload_overview');
      if (opened instanceof Denial) return opened;
      const { programme, grant } = opened;
      const programmeId = grant.target.programmeId;
      const today = osloToday();
      const [specialists, unassigned, queue] = await Promise.all([
        specialistLoads(db, programmeId, today),
        unassignedCount(db, programmeId),
        queueRows(db, programmeId),
      ]);
      const shown = await auditShown(sink, this.caller, grant, queue);
      return {
        caseloadMax: programme.settings.caseloadMax,
        specialists,
        unassigned,
        referralQueue: referralQueue(shown),
      };
    });
  }

  /** Hands a participant to another active job specialist of the programme: the supervisor's. */
  reassign(participantId: string, jobSpecialistId: string): Promise<Reassignment> {
    return guarded(this.store, async (tx) => {
      const current = await tx
        .selectFrom('participant')
        .select('job_specialist_id')
        .where('id', '=', participantId)
        .forUpdate()
        .executeTakeFirst();
      const gate = await gateParticipant(tx, tx, this.caller, 'reassign', participantId, {
        details: { from: current?.job_specialist_id ?? null, to: jobSpecialistId },
      });
      if (gate instanceof Denial) return gate;
      const specialist = await activeSpecialist(tx, gate.row.programme_id, jobSpecialistId);
      await tx
        .updateTable('participant')
        .set((eb) => ({
          job_specialist_id: specialist.id,
          updated_at: new Date(),
          version: eb('version', '+', 1),
        }))
        .where('id', '=', participantId)
        .execute();
      return { id: participantId, jobSpecialist: specialist };
    });
  }
}

/** The new job specialist: an active job specialist of the participant's programme, else 400. */
async function activeSpecialist(tx: Transaction<Schema>, programmeId: string, id: string) {
  const row = await tx
    .selectFrom('app_user')
    .select(['id', 'display_name'])
    .where('id', '=', id)
    .where('role', '=', 'job_specialist')
    .where('programme_id', '=', programmeId)
    .where('active', '=', true)
    .executeTakeFirst();
  if (!row) {
    throw AppError.validation([
      {
        path: 'jobSpecialistId',
        message: 'jobSpecialistId is not an active job specialist in this programme',
      },
    ]);
  }
  return { id: row.id, displayName: row.display_name };
}
