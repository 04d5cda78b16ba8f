import { BodyShort, Detail, Heading, HStack, VStack } from '@navikt/ds-react';
import type { Task } from '../../api/caseload-types.ts';
import { groupTasks } from '../../caseload/group-tasks.ts';
import { useCodeList } from '../../codes/use-code-list.ts';
import { formatDate, todayInOslo } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/use-t.ts';
import { AppLink } from '../../router/app-link.tsx';
import { paths } from '../../router/routes.ts';
import { taskDetail } from './task-detail.ts';
import { TaskKindTag } from './task-kind-tag.tsx';

/** The tasks by urgency: overdue first, then due today, soon, and those without a due date. */
export function TaskList({ tasks }: { tasks: Task[] }) {
  const { t, lang } = useI18n();
  const stages = useCodeList('stages');
  const format = { date: (iso: string) => formatDate(iso, lang), stage: stages.label };
  if (tasks.length === 0) return <BodyShort data-testid="task-list-empty">{t.work.tasks.empty}</BodyShort>;
  return (
    <VStack gap="space-16">
      {groupTasks(tasks, todayInOslo()).map(({ group, tasks: inGroup }) => (
        <VStack key={group} gap="space-8">
          <Heading level="3" size="xsmall">
            {t.work.tasks.groups[group]}
          </Heading>
          <ul className="note-list">
            {inGroup.map((task, index) => (
              <li
                // Rows hold no state, and one participant may have several tasks of a kind.
                key={`${task.kind}:${task.participant.id}:${index}`}
                className="note task-card"
                data-testid="task-row"
              >
                <VStack gap="space-4">
                  <HStack gap="space-8" align="center" wrap>
                    <TaskKindTag kind={task.kind} />
                    <AppLink to={paths.participant(task.participant.id)}>{task.participant.name}</AppLink>
                    <Detail>
                      {task.dueDate ? t.work.tasks.due(format.date(task.dueDate)) : t.work.tasks.noDueDate}
                    </Detail>
                  </HStack>
                  <BodyShort size="small">{taskDetail(t, task, format)}</BodyShort>
                </VStack>
              </li>
            ))}
          </ul>
        </VStack>
      ))}
    </VStack>
  );
}
