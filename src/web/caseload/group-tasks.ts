import type { Task } from '../api/caseload-types.ts';

export const TASK_GROUPS = ['overdue', 'today', 'upcoming', 'undated'] as const;
export type TaskGroup = (typeof TASK_GROUPS)[number];

function groupOf(task: Task, today: string): TaskGroup {
  if (task.dueDate === null) return 'undated';
  if (task.dueDate < today) return 'overdue';
  return task.dueDate === today ? 'today' : 'upcoming';
}

/** Oldest due date first; tasks without one last; ties keep the API's order. */
export function sortTasks(tasks: readonly Task[]): Task[] {
  return [...tasks].sort((a, b) => {
    if (a.dueDate === null || b.dueDate === null) return a.dueDate === b.dueDate ? 0 : a.dueDate ? -1 : 1;
    return a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : 0;
  });
}

/** Tasks by how urgent their due date is against `today` (YYYY-MM-DD), empty groups left out. */
export function groupTasks(tasks: readonly Task[], today: string): { group: TaskGroup; tasks: Task[] }[] {
  const sorted = sortTasks(tasks);
  return TASK_GROUPS.map((group) => ({
    group,
    tasks: sorted.filter((t) => groupOf(t, today) === group),
  })).filter((entry) => entry.tasks.length > 0);
}
