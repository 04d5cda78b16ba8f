import { Select } from '@navikt/ds-react';
import type { CaseworkListName } from '../../../domain/code-list-overrides.ts';
import { useCodeList } from '../../codes/use-code-list.ts';

interface Props {
  id: string;
  list: CaseworkListName;
  label: string;
  /** The empty first choice, e.g. "Velg årsak". */
  placeholder: string;
  value: string;
  error: string | undefined;
  onChange: (value: string) => void;
  description?: string;
  /** Codes not to offer, e.g. a counterpart the caller may not record. */
  exclude?: readonly string[];
}

/** A select over one casework code list: active codes only, labelled in the current language. */
export function CodeSelect({
  id,
  list,
  label,
  placeholder,
  value,
  error,
  onChange,
  description,
  exclude,
}: Props) {
  const { options } = useCodeList(list);
  return (
    <Select
      id={id}
      label={label}
      description={description}
      value={value}
      error={error}
      onChange={(event) => onChange(event.target.value)}
    >
      <option value="">{placeholder}</option>
      {options
        .filter((o) => !exclude?.includes(o.value))
        .map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
    </Select>
  );
}
