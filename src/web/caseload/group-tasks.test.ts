import { describe, expect, it } from 'vitest';
import type { Task } from '../api/caseload-types.ts';
import { groupTasks, sortTasks } from './group-tasks.ts';

function task(id: string, dueDate: string | null): Task {
  return { kind: 'next_step_due', participant: { id, name: id }, dueDate, detail: { text: 'Ring' } };
}

const ids = (tasks: Task[]) => tasks.map((t) => t.participant.id);

describe('sortTasks', () => {
  it('puts the oldest due date first and undated tasks last, ties in the given order', () => {
    const tasks = [
      task('none', null),
      task('b', '2026-03-02'),
      task('a', '2026-03-01'),
      task('c', '2026-03-02'),
    ];
    expect(ids(sortTasks(tasks))).toEqual(['a', 'b', 'c', 'none']);
  });
});

describe('groupTasks', () => {
  it('splits tasks into overdue, today, upcoming and undated against today', () => {
    const tasks = [
      task('later', '2026-03-10'),
      task('undated', null),
      task('today', '2026-03-05'),
      task('late', '2026-03-01'),
    ];
    const groups = groupTasks(tasks, '2026-03-05');
    expect(groups.map((g) => [g.group, ids(g.tasks)])).toEqual([
      ['overdue', ['late']],
      ['today', ['today']],
      ['upcoming', ['later']],
      ['undated', ['undated']],
    ]);
  });

  it('leaves out empty groups', () => {
    expect(groupTasks([task('a', '2026-03-05')], '2026-03-05').map((g) => g.group)).toEqual(['today']);
    expect(groupTasks([], '2026-03-05')).toEqual([]);
  });
});
