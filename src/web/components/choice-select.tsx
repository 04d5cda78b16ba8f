import { Select, type SelectProps } from '@navikt/ds-react';

export interface Choice {
  value: string;
  label: string;
}

interface Props extends Omit<SelectProps, 'children'> {
  /** The empty first choice, e.g. "Velg årsak". */
  placeholder: string;
  choices: readonly Choice[];
}

/** A select with an empty first choice and then the given ones, in order. */
export function ChoiceSelect({ placeholder, choices, ...select }: Props) {
  return (
    <Select {...select}>
      <option value="">{placeholder}</option>
      {choices.map((choice) => (
        <option key={choice.value} value={choice.value}>
          {choice.label}
        </option>
      ))}
    </Select>
  );
}
