import { Select, TextField } from '@navikt/ds-react';
import { referralSources } from '../../domain/code-lists.ts';
import { type JobSpecialist, type NamedRef, REFERRAL_SOURCES } from '../api/types.ts';
import {
  type FormFieldErrors,
  fieldId,
  type NewParticipantValues,
  type ParticipantField,
  type ParticipantFormField,
  type ParticipantFormValues,
} from '../forms/participant-form.ts';
import { todayInOslo } from '../i18n/format.ts';
import { useCodeLabel } from '../i18n/use-code-label.ts';
import { useT } from '../i18n/use-t.ts';
import { ReferralFactsFields } from './casework/referral-facts-fields.tsx';
import { DateField } from './date-field.tsx';

interface Props {
  /** With `fnr` for the create form; the fødselsnummer cannot be edited afterwards. */
  values: ParticipantFormValues | NewParticipantValues;
  errors: FormFieldErrors;
  /**
   * Method syntax on purpose: it is checked bivariantly, so a form that declares only the
   * ParticipantField names still fits while the referral facts are sent through it as well.
   */
  onChange(field: ParticipantFormField, value: string): void;
  organisations: NamedRef[];
  /** The choice of job specialist, when registering; an edit leaves it to the reassign control. */
  jobSpecialists?: JobSpecialist[];
}

export function ParticipantFields({ values, errors, onChange, organisations, jobSpecialists }: Props) {
  const t = useT();
  const label = useCodeLabel();
  const labels = t.participant.fields;
  const text = (field: ParticipantField) => ({
    id: fieldId(field),
    error: errors[field],
    onChange: (event: { target: { value: string } }) => onChange(field, event.target.value),
  });

  return (
    <>
      {'fnr' in values && (
        <TextField
          {...text('fnr')}
          label={labels.fnr}
          description={t.participant.fnrDescription}
          value={values.fnr}
          inputMode="numeric"
          autoComplete="off"
          htmlSize={14}
        />
      )}
      <TextField
        {...text('givenName')}
        label={labels.givenName}
        value={values.givenName}
        autoComplete="off"
      />
      <TextField
        {...text('familyName')}
        label={labels.familyName}
        value={values.familyName}
        autoComplete="off"
      />
      <DateField
        id={fieldId('referralDate')}
        required
        notAfter={todayInOslo()}
        label={labels.referralDate}
        description={t.participant.dateDescription}
        value={values.referralDate}
        error={errors.referralDate}
        onChange={(value) => onChange('referralDate', value)}
      />
      <Select {...text('referralSource')} label={labels.referralSource} value={values.referralSource}>
        <option value="">{t.participant.chooseReferralSource}</option>
        {REFERRAL_SOURCES.map((source) => (
          <option key={source} value={source}>
            {label(referralSources, source)}
          </option>
        ))}
      </Select>
      <Select
        {...text('referringOrganisationId')}
        label={labels.referringOrganisation}
        value={values.referringOrganisationId}
      >
        <option value="">{t.participant.chooseOrganisation}</option>
        {organisations.map((organisation) => (
          <option key={organisation.id} value={organisation.id}>
            {organisation.name}
          </option>
        ))}
      </Select>
      {jobSpecialists && (
        <Select {...text('jobSpecialistId')} label={labels.jobSpecialist} value={values.jobSpecialistId}>
          <option value="">{t.caseload.unassigned}</option>
          {jobSpecialists.map((specialist) => (
            <option key={specialist.id} value={specialist.id}>
              {specialist.displayName}
            </option>
          ))}
        </Select>
      )}
      <ReferralFactsFields
        track={values.track}
        employedAtReferral={values.employedAtReferral}
        errors={errors}
        onChange={onChange}
      />
    </>
  );
}
