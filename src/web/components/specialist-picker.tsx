import { BodyShort, Select, VStack } from '@navikt/ds-react';
import { type ReactNode, useState } from 'react';
import type { JobSpecialist } from '../api/types.ts';
import { useJobSpecialists } from '../api/use-job-specialists.ts';
import { byName } from '../forms/sort-options.ts';
import { useT } from '../i18n/use-t.ts';
import { ApiErrorAlert } from './api-error-alert.tsx';
import { LoadingState } from './loading-state.tsx';

interface Props {
  id: string;
  label: string;
  /** What to show for the chosen specialist; `specialists` are the programme's, by name. */
  children: (specialistId: string, specialists: JobSpecialist[]) => ReactNode;
}

/** For a supervisor: whose work to show; the first job specialist by name until another is picked. */
export function SpecialistPicker({ id, label, children }: Props) {
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
      <Select
        id={id}
        label={label}
        value={shown.id}
        onChange={(event) => setChosen(event.target.value)}
        className="form-column"
      >
        {specialists.map((s) => (
          <option key={s.id} value={s.id}>
            {s.displayName}
          </option>
        ))}
      </Select>
      {children(shown.id, specialists)}
    </VStack>
  );
}
