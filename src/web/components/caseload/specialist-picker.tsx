import { Select } from '@navikt/ds-react';
import type { PersonRef } from '../../api/caseload-types.ts';
import { useT } from '../../i18n/use-t.ts';

interface Props {
  specialists: PersonRef[];
  value: string;
  onChange: (specialistId: string) => void;
}

/** The supervisor's choice of whose caseload and tasks to look at. */
export function SpecialistPicker({ specialists, value, onChange }: Props) {
  const t = useT();
  return (
    <Select
      label={t.work.specialistPicker}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      className="form-column"
      data-testid="specialist-picker"
    >
      {specialists.map((s) => (
        <option key={s.id} value={s.id}>
          {s.displayName}
        </option>
      ))}
    </Select>
  );
}
