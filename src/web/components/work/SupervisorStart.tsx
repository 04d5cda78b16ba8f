import { BodyShort, VStack } from '@navikt/ds-react';
import { useState } from 'react';
import { useJobSpecialists } from '../../api/useJobSpecialists.ts';
import { byName } from '../../forms/sortOptions.ts';
import { useT } from '../../i18n/useT.ts';
import { ApiErrorAlert } from '../ApiErrorAlert.tsx';
import { LoadingState } from '../LoadingState.tsx';
import { SpecialistPicker } from './SpecialistPicker.tsx';
import { SpecialistStart } from './SpecialistStart.tsx';

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
