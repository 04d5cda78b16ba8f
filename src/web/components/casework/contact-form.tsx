import { Alert, BodyShort, Select, Textarea, TextField } from '@navikt/ds-react';
import type { Job } from '../../api/casework-types.ts';
import { useAddContact } from '../../api/use-casework-writes.ts';
import {
  CONTACT_FIELDS,
  type ContactField,
  type ContactValues,
  contactBody,
  emptyContact,
  validateContact,
} from '../../forms/casework/contact-form.ts';
import { afterWrite, useFormFlow } from '../../forms/use-form-flow.ts';
import { todayInOslo } from '../../i18n/format.ts';
import { useT } from '../../i18n/use-t.ts';
import { useCurrentUser } from '../../session/session-context.ts';
import { DateField } from '../date-field.tsx';
import { FormFrame } from '../form-frame.tsx';
import { CodeSelect } from './code-select.tsx';

interface Props {
  participantId: string;
  jobs: Job[];
  /** Opened from the discharge form: an outreach attempt to the participant, with focus on the form. */
  outreach: boolean;
  /** The career profile's plan for when she does not come: shown when a no-show is recorded. */
  noShowPlan: string | null;
  onSaved: () => void;
}

const fieldId = (field: ContactField) => `contact-${field}`;

/** A contact with the treatment team is filed as team discussion, which the policy refuses a supervisor. */
const SUPERVISOR_EXCLUDED = ['treatment_team'];

/** A quick contact: with whom, how, the outcome (an unanswered outreach attempt counts too). */
export function ContactForm({ participantId, jobs, outreach, noShowPlan, onSaved }: Props) {
  const t = useT();
  const f = t.casework.followAlong;
  const user = useCurrentUser();
  const today = todayInOslo();
  const write = useAddContact(participantId);
  const initial = emptyContact(today);
  const form = useFormFlow<ContactValues, ContactField>({
    initial: outreach ? { ...initial, counterpart: 'participant', outcome: 'outreach_attempt' } : initial,
    fields: CONTACT_FIELDS,
    fieldId,
    validate: (values) => validateContact(values, t.casework, today),
    invalid: (field) => t.casework.validation.invalid(f[field === 'jobId' ? 'job' : field]),
    send: (values) => afterWrite(write.run(contactBody(values)), onSaved),
  });
  const field = form.field;
  const openJobs = jobs.filter((job) => job.endDate === null);

  return (
    <FormFrame
      testId="contact"
      heading={f.contactFormHeading}
      form={form}
      submitLabel={f.contactSubmit}
      focusOnMount={outreach}
    >
      <DateField
        {...field.value('contactDate')}
        label={f.contactDate}
        description={t.casework.dateDescription}
        required
        notAfter={today}
      />
      <CodeSelect
        {...field.value('counterpart')}
        list="contact_counterparts"
        label={f.counterpart}
        placeholder={f.chooseCounterpart}
        exclude={user.role === 'supervisor' ? SUPERVISOR_EXCLUDED : undefined}
      />
      <CodeSelect {...field.value('mode')} list="contact_modes" label={f.mode} placeholder={f.chooseMode} />
      <CodeSelect
        {...field.value('outcome')}
        list="contact_outcomes"
        label={f.outcome}
        placeholder={f.chooseOutcome}
      />
      {form.values.outcome === 'no_show' && noShowPlan && (
        <Alert variant="info" size="small" data-testid="no-show-plan">
          <BodyShort weight="semibold">{t.casework.profile.noShowPlan}</BodyShort>
          <BodyShort className="pre-line">{noShowPlan}</BodyShort>
        </Alert>
      )}
      {openJobs.length > 0 && (
        <Select {...field.input('jobId')} label={f.job}>
          <option value="">{f.noJob}</option>
          {openJobs.map((job) => (
            <option key={job.id} value={job.id}>
              {`${job.title}, ${job.employer.name}`}
            </option>
          ))}
        </Select>
      )}
      <Textarea {...field.input('note')} label={f.note} description={t.casework.optional} maxLength={2000} />
      <TextField {...field.input('nextStep')} label={f.nextStep} description={t.casework.optional} />
      <DateField
        {...field.value('nextStepDate')}
        label={f.nextStepDate}
        description={t.casework.dateDescription}
      />
    </FormFrame>
  );
}
