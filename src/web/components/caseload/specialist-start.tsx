import { VStack } from '@navikt/ds-react';
import { useState } from 'react';
import type { CaseloadRow, PersonRef } from '../../api/caseload-types.ts';
import { useAgenda } from '../../api/use-agenda.ts';
import { useCaseload } from '../../api/use-caseload.ts';
import { useTasks } from '../../api/use-tasks.ts';
import { AgendaSection } from './agenda-section.tsx';
import { CaseloadSection } from './caseload-section.tsx';
import { type Moved, MovedNotice } from './moved-notice.tsx';
import { ReassignDialog } from './reassign-dialog.tsx';
import { TasksSection } from './tasks-section.tsx';

interface Props {
  /** Whose page; the caller's own when left out. */
  specialistId?: string;
  /** Given to a supervisor: the job specialists a participant may be moved to. */
  specialists?: PersonRef[];
}

/** A job specialist's start: today's tasks first, then the day and week ahead, then the caseload. */
export function SpecialistStart({ specialistId, specialists }: Props) {
  const tasks = useTasks(specialistId);
  const caseload = useCaseload(specialistId);
  const agenda = useAgenda(specialistId);
  const [moved, setMoved] = useState<Moved | null>(null);

  // A moved participant leaves this caseload and takes their tasks along, so both are fetched again.
  const onMoved = (participant: Moved['participant'], result: Moved['result']) => {
    setMoved({ participant, result });
    caseload.reload();
    tasks.reload();
    agenda.reload();
  };

  const reassign = specialists
    ? (row: CaseloadRow) =>
        row.discharged ? null : (
          <ReassignDialog
            participant={{ id: row.id, name: row.name }}
            specialists={specialists.filter((s) => s.id !== specialistId)}
            onMoved={onMoved}
          />
        )
    : undefined;

  return (
    <VStack gap="space-40">
      <TasksSection tasks={tasks} />
      <AgendaSection agenda={agenda} />
      <VStack gap="space-16">
        <MovedNotice moved={moved} />
        <CaseloadSection caseload={caseload} reassign={reassign} />
      </VStack>
    </VStack>
  );
}
