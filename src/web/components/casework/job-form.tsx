import { TextField } from '@navikt/ds-react';
import type { BenefitsPlan, NewJobResult } from '../../api/casework-types.ts';
import { useCaseworkEmployers } from '../../api/use-casework-employers.ts';
import { useAddJob } from '../../api/use-casework-writes.ts';
import {
  emptyJob,
  hasPlanBy,
  JOB_FIELDS,
  type JobField,
  type JobValues,
  jobBody,
  validateJob,
} from '../../forms/casework/job-form.ts';
import { isCalendarDate } from '../../forms/dates.ts';
import { afterWrite, useFormFlow } from '../../forms/use-form-flow.ts';
import { todayInOslo } from '../../i18n/format.ts';
import { useT } from '../../i18n/use-t.ts';
import { ApiErrorAlert } from '../api-error-alert.tsx';
import { DateField } from '../date-field.tsx';
import { FormFrame } from '../form-frame.tsx';
import { BenefitsPlanMissingAlert } from './benefits-plan-missing-alert.tsx';
import { CodeSelect } from './code-select.tsx';
import { EmployerSelect } from './employer-select.tsx';

interface Props {
  participantId: string;
  plans: BenefitsPlan[];
  onSaved: (result: NewJobResult) => void;
  onCancel: () => void;
  onShowBenefits: () => void;
}

const fieldId = (field: JobField) => `job-${field}`;

/** Ny jobb: where, what, which kind of work (which decides whether it counts), hours and start. */
export function JobForm({ participantId, plans, onSaved, onCancel, onShowBenefits }: Props) {
  const t = useT();
  const j = t.casework.jobs;
  const today = todayInOslo();
  const employers = useCaseworkEmployers();
  const write = useAddJob(participantId);
  const form = useFormFlow<JobValues, JobField>({
    initial: emptyJob(),
    fields: JOB_FIELDS,
    fieldId,
    validate: (values) => validateJob(values, t.casework, today),
    invalid: (field) =>
      t.casework.validation.invalid(
        j[field === 'employerId' ? 'employer' : field === 'hoursPerWeek' ? 'hours' : field],
      ),
    send: (values) => afterWrite(write.run(jobBody(values)), onSaved),
  });
  const field = form.field;
  const start = form.values.startDate;
  const noPlan = isCalendarDate(start) && !hasPlanBy(plans, start);

  return (
    <FormFrame
      testId="job"
      heading={j.formHeading}
      form={form}
      submitLabel={j.submit}
      onCancel={onCancel}
      focusOnMount
    >
      {employers.error && <ApiErrorAlert error={employers.error} onRetry={employers.reload} />}
      <EmployerSelect {...field.value('employerId')} employers={employers.data?.items ?? []} />
      <TextField {...field.input('title')} label={j.title} />
      <CodeSelect
        {...field.value('occupation')}
        list="occupations"
        label={j.occupation}
        description={t.casework.optional}
        placeholder={j.chooseOccupation}
      />
      <CodeSelect
        {...field.value('employmentType')}
        list="employment_types"
        label={j.employmentType}
        description={j.employmentTypeHelp}
        placeholder={j.chooseEmploymentType}
      />
      <CodeSelect
        {...field.value('wageType')}
        list="wage_types"
        label={j.wageType}
        placeholder={j.chooseWageType}
      />
      <TextField {...field.input('hoursPerWeek')} label={j.hours} inputMode="decimal" htmlSize={6} />
      <DateField
        {...field.value('startDate')}
        label={j.startDate}
        description={t.casework.dateDescription}
        required
      />
      {noPlan && <BenefitsPlanMissingAlert saved={false} onShowBenefits={onShowBenefits} />}
    </FormFrame>
  );
}
