import { TextField } from '@navikt/ds-react';
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
import { ChoiceSelect } from '../choice-select.tsx';
import { DateField } from '../date-field.tsx';
import { FormFrame } from '../form-frame.tsx';

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
    fieldId: startFieldId,
    validate: (values) => validateStart(values, t),
    invalid: (field) => w.invalid[field],
    special: (error) => (error.status === 409 ? { userId: w.overlap } : null),
    send: (values) => afterWrite(start.run(startBody(values)), onStarted),
  });

  return (
    <FormFrame
      testId="workforce"
      heading={w.startHeading}
      headingLevel="2"
      form={form}
      submitLabel={w.submit}
    >
      <ChoiceSelect
        {...form.field.input('userId')}
        label={w.specialist}
        placeholder={w.chooseSpecialist}
        choices={specialists.map((s) => ({ value: s.id, label: s.displayName }))}
      />
      <DateField
        {...form.field.value('startDate')}
        label={w.startDate}
        description={t.participant.dateDescription}
        required
      />
      <TextField
        {...form.field.input('ftePercent')}
        label={w.fte}
        description={w.fteDescription}
        inputMode="decimal"
        htmlSize={6}
      />
    </FormFrame>
  );
}
