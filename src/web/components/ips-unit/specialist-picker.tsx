import { BodyShort, Select } from '@navikt/ds-react';
import { useEffect } from 'react';
import { useJobSpecialists } from '../../api/use-job-specialists.ts';
import { useT } from '../../i18n/use-t.ts';
import { ApiErrorAlert } from '../api-error-alert.tsx';
import { LoadingState } from '../loading-state.tsx';

interface Props {
  id: string;
  value: string;
  onChange: (specialistId: string) => void;
}

/** For a supervisor: whose work to show; the first specialist is shown until another is picked. */
export function SpecialistPicker({ id, value, onChange }: Props) {
  const t = useT();
  const specialists = useJobSpecialists();
  const first = specialists.data?.items[0]?.id;

  useEffect(() => {
    if (!value && first) onChange(first);
  }, [value, first, onChange]);

  if (specialists.error) return <ApiErrorAlert error={specialists.error} onRetry={specialists.reload} />;
  if (!specialists.data) return <LoadingState />;
  if (specialists.data.items.length === 0) return <BodyShort>{t.unit.common.noSpecialists}</BodyShort>;
  return (
    <Select
      id={id}
      label={t.unit.common.viewSpecialist}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      className="form-column"
    >
      {specialists.data.items.map((s) => (
        <option key={s.id} value={s.id}>
          {s.displayName}
        </option>
      ))}
    </Select>
  );
}
