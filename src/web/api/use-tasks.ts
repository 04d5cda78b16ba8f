import type { TaskList } from './caseload-types.ts';
import { forSpecialist } from './specialist-query.ts';
import { useApiQuery } from './use-api-query.ts';

/** A job specialist's due and overdue tasks: the caller's own, or (for a supervisor) the one asked for. */
export function useTasks(specialistId?: string) {
  return useApiQuery<TaskList>(forSpecialist('/api/tasks', specialistId));
}
