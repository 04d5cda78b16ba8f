import { useT } from '../../i18n/use-t.ts';
import { SpecialistPicker } from '../specialist-picker.tsx';
import { SpecialistStart } from './specialist-start.tsx';

/** A supervisor's start: any job specialist's tasks and caseload, the first one until another is picked. */
export function SupervisorStart() {
  const t = useT();
  return (
    <SpecialistPicker id="caseload-specialist" label={t.work.specialistPicker}>
      {(id, specialists) => <SpecialistStart key={id} specialistId={id} specialists={specialists} />}
    </SpecialistPicker>
  );
}
