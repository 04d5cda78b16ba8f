import { Heading, VStack } from '@navikt/ds-react';
import type { QueryState } from '../../api/useApiQuery.ts';
import type { TaskList as Tasks } from '../../api/work-types.ts';
import { useT } from '../../i18n/useT.ts';
import { ApiErrorAlert } from '../ApiErrorAlert.tsx';
import { LoadingState } from '../LoadingState.tsx';
import { TaskList } from './TaskList.tsx';

/** "Tasks today" of one job specialist. */
export function TasksSection({ tasks }: { tasks: QueryState<Tasks> }) {
  const t = useT();

  const body = () => {
    if (tasks.error) return <ApiErrorAlert error={tasks.error} onRetry={tasks.reload} />;
    if (!tasks.data) return <LoadingState />;
    return <TaskList tasks={tasks.data.tasks} />;
  };

  return (
    <VStack as="section" aria-labelledby="tasks-heading" gap="space-16" data-testid="task-list">
      <Heading id="tasks-heading" level="2" size="medium">
        {t.work.tasks.heading}
      </Heading>
      {body()}
    </VStack>
  );
}
