import { forSpecialist } from './specialistQuery.ts';
import { useApiQuery } from './useApiQuery.ts';
import type { TaskList } from './work-types.ts';

/** A job specialist's due and overdue tasks: the caller's own, or (for a supervisor) the one asked for. */
export function useTasks(specialistId?: string) {
  return useApiQuery<TaskList>(forSpecialist('/api/tasks', specialistId));
}
