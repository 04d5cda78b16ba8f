import { Fieldset, Textarea, TextField, VStack } from '@navikt/ds-react';
import type { ProfileField, ProfileValues } from '../../forms/casework/career-profile-form.ts';
import { groupFieldProps } from '../../forms/field-props.ts';
import { useT } from '../../i18n/use-t.ts';
import { OccupationsField } from './occupations-field.tsx';

interface Props {
  values: ProfileValues;
  errors: Partial<Record<ProfileField, string>>;
  fieldId: (field: ProfileField) => string;
  onChange: (change: Partial<ProfileValues>, field: ProfileField) => void;
}

/** What work the participant wants: occupations, hours, places and anything else. */
export function ProfilePreferencesFields({ values, errors, fieldId, onChange }: Props) {
  const p = useT().casework.profile;
  const field = groupFieldProps(values, errors, onChange, fieldId);
  return (
    <Fieldset legend={p.preferences}>
      <VStack gap="space-16">
        <OccupationsField
          id={fieldId('occupations')}
          label={p.occupations}
          value={values.occupations}
          error={errors.occupations}
          onChange={(occupations) => onChange({ occupations }, 'occupations')}
        />
        <TextField {...field.input('hoursPerWeek')} label={p.hoursPerWeek} inputMode="decimal" htmlSize={6} />
        <Textarea {...field.input('places')} label={p.places} description={p.listDescription} />
        <Textarea {...field.input('other')} label={p.other} maxLength={2000} />
      </VStack>
    </Fieldset>
  );
}
