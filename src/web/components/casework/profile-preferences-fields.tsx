import { Fieldset, Textarea, TextField, VStack } from '@navikt/ds-react';
import type { ProfileField, ProfileValues } from '../../forms/casework/career-profile-form.ts';
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
        <TextField
          id={fieldId('hoursPerWeek')}
          label={p.hoursPerWeek}
          inputMode="decimal"
          htmlSize={6}
          value={values.hoursPerWeek}
          error={errors.hoursPerWeek}
          onChange={(e) => onChange({ hoursPerWeek: e.target.value }, 'hoursPerWeek')}
        />
        <Textarea
          id={fieldId('places')}
          label={p.places}
          description={p.listDescription}
          value={values.places}
          error={errors.places}
          onChange={(e) => onChange({ places: e.target.value }, 'places')}
        />
        <Textarea
          id={fieldId('other')}
          label={p.other}
          value={values.other}
          maxLength={2000}
          error={errors.other}
          onChange={(e) => onChange({ other: e.target.value }, 'other')}
        />
      </VStack>
    </Fieldset>
  );
}
