import { UNSAFE_Combobox } from '@navikt/ds-react';
import { useCodeList } from '../../codes/use-code-list.ts';

interface Props {
  id: string;
  label: string;
  value: string[];
  error: string | undefined;
  onChange: (codes: string[]) => void;
}

/** Several occupations from the occupations list; searchable, since the list is long. */
export function OccupationsField({ id, label, value, error, onChange }: Props) {
  const occupations = useCodeList('occupations');
  const selected = value.map((code) => ({ value: code, label: occupations.label(code) }));
  return (
    <UNSAFE_Combobox
      id={id}
      label={label}
      options={occupations.options}
      selectedOptions={selected}
      isMultiSelect
      error={error}
      onToggleSelected={(code, isSelected) =>
        onChange(isSelected ? [...value, code] : value.filter((c) => c !== code))
      }
    />
  );
}
