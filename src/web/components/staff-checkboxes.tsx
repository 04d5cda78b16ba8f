import { Checkbox, CheckboxGroup } from '@navikt/ds-react';
import { roles } from '../../domain/code-lists.ts';
import type { StaffMember } from '../api/types.ts';
import { useCodeLabel } from '../i18n/use-code-label.ts';

interface Props {
  legend: string;
  description: string;
  staff: StaffMember[];
  value: string[];
  onChange: (ids: string[]) => void;
}

/** Who attended: one box per person, with role and organisation, since a meeting spans organisations. */
export function StaffCheckboxes({ legend, description, staff, value, onChange }: Props) {
  const label = useCodeLabel();
  return (
    <CheckboxGroup legend={legend} description={description} value={value} onChange={onChange}>
      {staff.map((person) => (
        <Checkbox
          key={person.id}
          value={person.id}
          description={`${label(roles, person.role)}, ${person.organisation}`}
        >
          {person.displayName}
        </Checkbox>
      ))}
    </CheckboxGroup>
  );
}
