import { BodyShort, VStack } from '@navikt/ds-react';
import { useState } from 'react';
import { useJobSpecialists } from '../../api/use-job-specialists.ts';
import { byName } from '../../forms/sort-options.ts';
import { useT } from '../../i18n/use-t.ts';
import { ApiErrorAlert } from '../api-error-alert.tsx';
import { LoadingState } from '../loading-state.tsx';
import { SpecialistPicker } from './specialist-picker.tsx';
import { SpecialistStart } from './specialist-start.tsx';

/** A supervisor's start: any job specialist's tasks and caseload, the first one until another is picked. */
export function SupervisorStart() {
  const t = useT();
  const jobSpecialists = useJobSpecialists();
  const [chosen, setChosen] = useState<string | null>(null);

  if (jobSpecialists.error)
    return <ApiErrorAlert error={jobSpecialists.error} onRetry={jobSpecialists.reload} />;
  if (!jobSpecialists.data) return <LoadingState />;
  const specialists = byName(jobSpecialists.data.items);
  const shown = specialists.find((s) => s.id === chosen) ?? specialists[0];
  if (!shown) return <BodyShort>{t.work.noSpecialists}</BodyShort>;

  return (
    <VStack gap="space-24">
      <SpecialistPicker specialists={specialists} value={shown.id} onChange={setChosen} />
      <SpecialistStart key={shown.id} specialistId={shown.id} specialists={specialists} />
    </VStack>
  );
}
