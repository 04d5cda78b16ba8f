import { Heading, VStack } from '@navikt/ds-react';
import type { TaskList as Tasks } from '../../api/caseload-types.ts';
import type { QueryState } from '../../api/use-api-query.ts';
import { useT } from '../../i18n/use-t.ts';
import { ApiErrorAlert } from '../api-error-alert.tsx';
import { LoadingState } from '../loading-state.tsx';
import { TaskList } from './task-list.tsx';

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
