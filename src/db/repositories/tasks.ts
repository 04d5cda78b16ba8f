import type { AccessContext, PolicyFn } from '../../domain/access.ts';
import { osloToday } from '../../domain/participant.ts';
import type { Store } from '../store.ts';
import { auditShown, openSpecialistWork, workGrant } from './caseload-access.ts';
import { Denial, guardedRead } from './guard.ts';
import { type TaskKind, type TaskRow, taskRows } from './tasks-query.ts';

export interface Task {
  kind: TaskKind;
  participant: { id: string; name: string };
  dueDate: string | null;
  /** What the task is about, by kind (job, consent, stage, referral, next step). */
  detail: Record<string, unknown>;
}

function toTask(r: TaskRow): Task {
  return {
    kind: r.kind,
    participant: { id: r.id, name: `${r.given_name} ${r.family_name}` },
    dueDate: r.due_date,
    detail: r.detail,
  };
}

/** A job specialist's tasks, computed in the database; for the specialist and their supervisor. */
export class TaskRepository {
  constructor(
    private readonly store: Store,
    private readonly ctx: AccessContext,
    private readonly policy: PolicyFn,
  ) {}

  /** Due and overdue tasks of the specialist's active participants, by due date (undated last). */
  list(specialistId: string): Promise<Task[]> {
    return guardedRead(this.store, async (db, sink) => {
      const opened = await openSpecialistWork(db, sink, this.ctx, this.policy, specialistId);
      if (opened instanceof Denial) return opened;
      const { programmeId, settings } = opened.work;
      const rows = await taskRows(db, programmeId, specialistId, osloToday(), settings);
      const shown = await auditShown(sink, this.ctx, this.policy, workGrant(opened, 'tasks'), rows);
      return shown.map(toTask);
    });
  }
}
