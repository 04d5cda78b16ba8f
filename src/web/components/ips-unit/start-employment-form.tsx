import { Button, Heading, Select, TextField, VStack } from '@navikt/ds-react';
import type { JobSpecialist } from '../../api/types.ts';
import { useStartEmployment } from '../../api/use-start-employment.ts';
import {
  emptyStart,
  START_FIELDS,
  startBody,
  startFieldId,
  validateStart,
} from '../../forms/ips-unit/employment-form.ts';
import { afterWrite, useFormFlow } from '../../forms/use-form-flow.ts';
import { todayInOslo } from '../../i18n/format.ts';
import { useT } from '../../i18n/use-t.ts';
import { ApiErrorAlert } from '../api-error-alert.tsx';
import { DateField } from '../date-field.tsx';
import { FormErrorSummary } from '../form-error-summary.tsx';

interface Props {
  specialists: JobSpecialist[];
  onStarted: () => void;
}

/** Records that a job specialist started in the programme, and at what percentage of full time. */
export function StartEmploymentForm({ specialists, onStarted }: Props) {
  const t = useT();
  const w = t.unit.workforce;
  const start = useStartEmployment();
  const form = useFormFlow({
    initial: emptyStart(todayInOslo()),
    fields: START_FIELDS,
    validate: (values) => validateStart(values, t),
    invalid: (field) => w.invalid[field],
    special: (error) => (error.status === 409 ? { userId: w.overlap } : null),
    send: (values) => afterWrite(start.run(startBody(values)), onStarted),
  });
  const { values, errors } = form;

  return (
    <form
      onSubmit={form.onSubmit}
      noValidate
      aria-labelledby="workforce-form-heading"
      data-testid="workforce-form"
    >
      <VStack gap="space-16" className="form-column">
        <Heading id="workforce-form-heading" level="2" size="medium">
          {w.startHeading}
        </Heading>
        <FormErrorSummary ref={form.summaryRef} errors={errors} order={START_FIELDS} fieldId={startFieldId} />
        {form.generalError && <ApiErrorAlert error={form.generalError} details={form.unmatched} />}
        <Select
          id={startFieldId('userId')}
          label={w.specialist}
          value={values.userId}
          error={errors.userId}
          onChange={(event) => form.update((v) => ({ ...v, userId: event.target.value }), 'userId')}
        >
          <option value="">{w.chooseSpecialist}</option>
          {specialists.map((s) => (
            <option key={s.id} value={s.id}>
              {s.displayName}
            </option>
          ))}
        </Select>
        <DateField
          id={startFieldId('startDate')}
          label={w.startDate}
          description={t.participant.dateDescription}
          value={values.startDate}
          error={errors.startDate}
          onChange={(startDate) => form.update((v) => ({ ...v, startDate }), 'startDate')}
          required
        />
        <TextField
          id={startFieldId('ftePercent')}
          label={w.fte}
          description={w.fteDescription}
          inputMode="decimal"
          htmlSize={6}
          value={values.ftePercent}
          error={errors.ftePercent}
          onChange={(event) => form.update((v) => ({ ...v, ftePercent: event.target.value }), 'ftePercent')}
        />
        <Button type="submit" loading={start.pending} className="fit-content" data-testid="workforce-submit">
          {w.submit}
        </Button>
      </VStack>
    </form>
  );
}
