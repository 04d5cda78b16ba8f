import type { CaseworkListName } from '../../../domain/code-list-overrides.ts';
import { useCodeList } from '../../codes/use-code-list.ts';
import { ChoiceSelect } from '../choice-select.tsx';

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
export function CodeSelect({ list, onChange, exclude, ...select }: Props) {
  const { options } = useCodeList(list);
  return (
    <ChoiceSelect
      {...select}
      onChange={(event) => onChange(event.target.value)}
      choices={options.filter((o) => !exclude?.includes(o.value))}
    />
  );
}
