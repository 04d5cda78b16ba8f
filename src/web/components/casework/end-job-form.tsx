import { Textarea } from '@navikt/ds-react';
import type { Job } from '../../api/casework-types.ts';
import { useEndJob } from '../../api/use-casework-writes.ts';
import {
  END_JOB_FIELDS,
  type EndJobField,
  type EndJobValues,
  endJobBody,
  validateEndJob,
} from '../../forms/casework/job-form.ts';
import { afterWrite, useFormFlow } from '../../forms/use-form-flow.ts';
import { formatDate, todayInOslo } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/use-t.ts';
import { DateField } from '../date-field.tsx';
import { FormFrame } from '../form-frame.tsx';
import { CodeSelect } from './code-select.tsx';

interface Props {
  participantId: string;
  job: Job;
  onSaved: () => void;
  onCancel: () => void;
}

const fieldId = (field: EndJobField) => `end-job-${field}`;

/** Ends a job; what worked is added to the career profile as job experience. */
export function EndJobForm({ participantId, job, onSaved, onCancel }: Props) {
  const { t, lang } = useI18n();
  const j = t.casework.jobs;
  const today = todayInOslo();
  const write = useEndJob(participantId, job.id);
  const form = useFormFlow<EndJobValues, EndJobField>({
    initial: { endDate: today, endReason: '', whatWorked: '' },
    fields: END_JOB_FIELDS,
    fieldId,
    validate: (values) =>
      validateEndJob(values, t.casework, {
        today,
        startDate: { date: job.startDate, shown: formatDate(job.startDate, lang) },
      }),
    invalid: (field) => t.casework.validation.invalid(j[field === 'endReason' ? 'endReasonField' : field]),
    send: (values) => afterWrite(write.run(endJobBody(values)), onSaved),
  });

  return (
    <FormFrame
      testId="end-job"
      heading={j.endHeading(job.title)}
      form={form}
      submitLabel={j.endSubmit}
      onCancel={onCancel}
      focusOnMount
    >
      <DateField
        {...form.field.value('endDate')}
        label={j.endDate}
        description={t.casework.dateDescription}
        required
        notAfter={today}
      />
      <CodeSelect
        {...form.field.value('endReason')}
        list="job_end_reasons"
        label={j.endReasonField}
        placeholder={j.chooseEndReason}
      />
      <Textarea
        {...form.field.input('whatWorked')}
        label={j.whatWorked}
        description={j.whatWorkedDescription}
        maxLength={1000}
      />
    </FormFrame>
  );
}
