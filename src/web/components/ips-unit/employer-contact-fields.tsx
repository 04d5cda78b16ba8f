import { Checkbox, Select, Textarea, TextField } from '@navikt/ds-react';
import type { ContactPerson } from '../../api/ips-unit-types.ts';
import { useCodeList } from '../../codes/use-code-list.ts';
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
  const text = (field: 'nextStep' | 'note') => ({
    id: fieldId(field),
    value: values[field],
    error: errors[field],
    onChange: (event: { target: { value: string } }) => onChange({ [field]: event.target.value }, field),
  });

  return (
    <>
      <DateField
        id={fieldId('contactDate')}
        label={f.date}
        description={t.participant.dateDescription}
        value={values.contactDate}
        error={errors.contactDate}
        onChange={(contactDate) => onChange({ contactDate }, 'contactDate')}
        required
        notAfter={todayInOslo()}
      />
      <YesNoRadios
        id={fieldId('faceToFace')}
        legend={f.faceToFace}
        value={values.faceToFace}
        error={errors.faceToFace}
        onChange={(faceToFace) => onChange({ faceToFace }, 'faceToFace')}
      />
      <Select
        id={fieldId('outcome')}
        label={f.outcome}
        value={values.outcome}
        error={errors.outcome}
        onChange={(event) => onChange({ outcome: event.target.value }, 'outcome')}
      >
        <option value="">{f.chooseOutcome}</option>
        {outcomes.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </Select>
      {contactPersons.length > 0 && (
        <Select
          id={fieldId('contactPersonId')}
          label={f.contactPerson}
          value={values.contactPersonId}
          error={errors.contactPersonId}
          onChange={(event) => onChange({ contactPersonId: event.target.value }, 'contactPersonId')}
        >
          <option value="">{f.noContactPerson}</option>
          {contactPersons.map((p) => (
            <option key={p.id} value={p.id}>
              {p.title ? `${p.name} (${p.title})` : p.name}
            </option>
          ))}
        </Select>
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
      {values.forParticipant && (
        <ContactParticipantSelect
          id={fieldId('participantId')}
          value={values.participantId}
          error={errors.participantId}
          onChange={(participantId) => onChange({ participantId }, 'participantId')}
        />
      )}
      {values.forParticipant && values.participantId && (
        <YesNoRadios
          id={fieldId('matchesPreferences')}
          legend={f.matchesPreferences}
          value={values.matchesPreferences}
          error={errors.matchesPreferences}
          unanswered={f.notAssessed}
          onChange={(matchesPreferences) => onChange({ matchesPreferences }, 'matchesPreferences')}
        />
      )}
      <TextField {...text('nextStep')} label={f.nextStep} maxLength={NEXT_STEP_MAX} />
      <DateField
        id={fieldId('nextStepDate')}
        label={f.nextStepDate}
        description={t.participant.dateDescription}
        value={values.nextStepDate}
        error={errors.nextStepDate}
        onChange={(nextStepDate) => onChange({ nextStepDate }, 'nextStepDate')}
      />
      <Textarea {...text('note')} label={f.note} maxLength={CONTACT_NOTE_MAX} />
    </>
  );
}
