import { Checkbox, CheckboxGroup, Radio, RadioGroup } from '@navikt/ds-react';
import { useCodeList } from '../../codes/use-code-list.ts';
import type { ProfileField, ProfileValues } from '../../forms/casework/career-profile-form.ts';
import { useT } from '../../i18n/use-t.ts';

interface Props {
  values: ProfileValues;
  errors: Partial<Record<ProfileField, string>>;
  fieldId: (field: ProfileField) => string;
  onChange: (change: Partial<ProfileValues>, field: ProfileField) => void;
}

/** Disclosure to employers and the supports the participant wants. */
export function ProfileChoicesFields({ values, errors, fieldId, onChange }: Props) {
  const p = useT().casework.profile;
  const disclosure = useCodeList('disclosure_preferences');
  const supports = useCodeList('support_kinds');
  return (
    <>
      <RadioGroup
        id={fieldId('disclosure')}
        legend={p.disclosure}
        value={values.disclosure}
        error={errors.disclosure}
        onChange={(code: string) => onChange({ disclosure: code }, 'disclosure')}
      >
        {disclosure.options.map((o) => (
          <Radio key={o.value} value={o.value}>
            {o.label}
          </Radio>
        ))}
      </RadioGroup>
      <CheckboxGroup
        id={fieldId('supports')}
        legend={p.supports}
        value={values.supports}
        error={errors.supports}
        onChange={(codes: string[]) => onChange({ supports: codes }, 'supports')}
      >
        {supports.options.map((o) => (
          <Checkbox key={o.value} value={o.value}>
            {o.label}
          </Checkbox>
        ))}
      </CheckboxGroup>
    </>
  );
}
