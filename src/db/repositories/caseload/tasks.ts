import type { Stage } from '../../../domain/code-lists.ts';
import { osloToday } from '../../../domain/participant.ts';
import type { Caller } from '../../access/caller.ts';
import { auditShown, openSpecialistWork, workGrant } from '../../access/caseload-access.ts';
import { Denial, guardedRead } from '../../access/guard.ts';
import type { Store } from '../../store.ts';
import { type TaskRow, taskRows } from './tasks-query.ts';

/** What each kind of task is about, as the task query builds it. */
export type TaskDetail =
  | {
      kind: 'follow_along_overdue';
      detail: { jobId: string; jobTitle: string; jobStartDate: string; lastContactDate: string | null };
    }
  | { kind: 'consent_expiring'; detail: { consentId: string; validTo: string } }
  | { kind: 'benefits_plan_missing'; detail: { stage: Stage } }
  | { kind: 'rapid_search'; detail: { referralDate: string; daysSinceReferral: number } }
  | { kind: 'next_step_due'; detail: { text: string } };

export type Task = TaskDetail & {
  participant: { id: string; name: string };
  dueDate: string | null;
};

function toTask(r: TaskRow): Task {
  return {
    ...({ kind: r.kind, detail: r.detail } as TaskDetail),
    participant: { id: r.id, name: `${r.given_name} ${r.family_name}` },
    dueDate: r.due_date,
  };
}

/** A job specialist's tasks, computed in the database; for the specialist and their supervisor. */
export class TaskRepository {
  constructor(
    private readonly store: Store,
    private readonly caller: Caller,
  ) {}

  /** Due and overdue tasks of the specialist's active participants, by due date (undated last). */
  list(specialistId: string): Promise<Task[]> {
    return guardedRead(this.store, async (db, sink) => {
      const opened = await openSpecialistWork(db, sink, this.caller, specialistId);
      if (opened instanceof Denial) return opened;
      const { programmeId, settings } = opened.work;
      const rows = await taskRows(db, programmeId, specialistId, osloToday(), settings);
      const shown = await auditShown(sink, this.caller, workGrant(opened, 'tasks'), rows);
      return shown.map(toTask);
    });
  }
}
