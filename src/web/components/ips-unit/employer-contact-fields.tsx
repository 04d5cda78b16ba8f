import { Checkbox, Textarea, TextField } from '@navikt/ds-react';
import type { ContactPerson } from '../../api/ips-unit-types.ts';
import { useCodeList } from '../../codes/use-code-list.ts';
import { groupFieldProps } from '../../forms/field-props.ts';
import {
  CONTACT_NOTE_MAX,
  type EmployerContactErrors,
  type EmployerContactField,
  type EmployerContactValues,
  employerContactFieldId as fieldId,
  NEXT_STEP_MAX,
} from '../../forms/ips-unit/employer-contact-form.ts';
import { todayInOslo } from '../../i18n/format.ts';
import { useT } from '../../i18n/use-t.ts';
import { ChoiceSelect } from '../choice-select.tsx';
import { DateField } from '../date-field.tsx';
import { ContactParticipantSelect } from './contact-participant-select.tsx';
import { YesNoRadios } from './yes-no-radios.tsx';

interface Props {
  values: EmployerContactValues;
  errors: EmployerContactErrors;
  contactPersons: ContactPerson[];
  onChange: (change: Partial<EmployerContactValues>, field: EmployerContactField) => void;
}

/** What happened at one contact with the employer, and for whom. */
export function EmployerContactFields({ values, errors, contactPersons, onChange }: Props) {
  const t = useT();
  const f = t.unit.contactForm;
  const outcomes = useCodeList('employer_contact_outcomes');
  const field = groupFieldProps(values, errors, onChange, fieldId);

  return (
    <>
      <DateField
        {...field.value('contactDate')}
        label={f.date}
        description={t.participant.dateDescription}
        required
        notAfter={todayInOslo()}
      />
      <YesNoRadios {...field.value('faceToFace')} legend={f.faceToFace} />
      <ChoiceSelect
        {...field.input('outcome')}
        label={f.outcome}
        placeholder={f.chooseOutcome}
        choices={outcomes.options}
      />
      {contactPersons.length > 0 && (
        <ChoiceSelect
          {...field.input('contactPersonId')}
          label={f.contactPerson}
          placeholder={f.noContactPerson}
          choices={contactPersons.map((p) => ({
            value: p.id,
            label: p.title ? `${p.name} (${p.title})` : p.name,
          }))}
        />
      )}
      <Checkbox
        checked={values.forParticipant}
        onChange={(event) =>
          onChange(
            { forParticipant: event.target.checked, participantId: '', matchesPreferences: '' },
            'participantId',
          )
        }
      >
        {f.forParticipant}
      </Checkbox>
      {values.forParticipant && <ContactParticipantSelect {...field.value('participantId')} />}
      {values.forParticipant && values.participantId && (
        <YesNoRadios
          {...field.value('matchesPreferences')}
          legend={f.matchesPreferences}
          unanswered={f.notAssessed}
        />
      )}
      <TextField {...field.input('nextStep')} label={f.nextStep} maxLength={NEXT_STEP_MAX} />
      <DateField
        {...field.value('nextStepDate')}
        label={f.nextStepDate}
        description={t.participant.dateDescription}
      />
      <Textarea {...field.input('note')} label={f.note} maxLength={CONTACT_NOTE_MAX} />
    </>
  );
}
