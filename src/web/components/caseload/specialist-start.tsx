import { VStack } from '@navikt/ds-react';
import { type ReactNode, useState } from 'react';
import type { CaseloadRow, ParticipantRef, Reassignment } from '../../api/caseload-types.ts';
import { useAgenda } from '../../api/use-agenda.ts';
import { useCaseload } from '../../api/use-caseload.ts';
import { useTasks } from '../../api/use-tasks.ts';
import { AgendaSection } from './agenda-section.tsx';
import { CaseloadSection } from './caseload-section.tsx';
import { type Moved, MovedNotice } from './moved-notice.tsx';
import { TasksSection } from './tasks-section.tsx';

export type OnMoved = (participant: ParticipantRef, result: Reassignment) => void;

interface Props {
  /** Whose page; the caller's own when left out. */
  specialistId?: string;
  /** Given to a supervisor: how to move a participant to another specialist (the reassignment dialog). */
  reassignControl?: (participant: ParticipantRef, onMoved: OnMoved) => ReactNode;
}

/** A job specialist's start: today's tasks first, then the day and week ahead, then the caseload. */
export function SpecialistStart({ specialistId, reassignControl }: Props) {
  const tasks = useTasks(specialistId);
  const caseload = useCaseload(specialistId);
  const agenda = useAgenda(specialistId);
  const [moved, setMoved] = useState<Moved | null>(null);

  // A moved participant leaves this caseload and takes their tasks along, so all are fetched again.
  const onMoved: OnMoved = (participant, result) => {
    setMoved({ participant, result });
    caseload.reload();
    tasks.reload();
    agenda.reload();
  };

  const reassign = reassignControl
    ? (row: CaseloadRow) => (row.discharged ? null : reassignControl({ id: row.id, name: row.name }, onMoved))
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
