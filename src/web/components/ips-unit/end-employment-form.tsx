import type { Employment } from '../../api/ips-unit-types.ts';
import { useEndEmployment } from '../../api/use-end-employment.ts';
import { useCodeList } from '../../codes/use-code-list.ts';
import {
  END_FIELDS,
  emptyEnd,
  endBody,
  endFieldId,
  validateEnd,
} from '../../forms/ips-unit/employment-form.ts';
import { afterWrite, useFormFlow } from '../../forms/use-form-flow.ts';
import { todayInOslo } from '../../i18n/format.ts';
import { useT } from '../../i18n/use-t.ts';
import { ChoiceSelect } from '../choice-select.tsx';
import { DateField } from '../date-field.tsx';
import { FormFrame } from '../form-frame.tsx';

interface Props {
  employment: Employment;
  onEnded: () => void;
  onCancel: () => void;
}

/** Ends one employment period: the date and why, for the turnover figures. */
export function EndEmploymentForm({ employment, onEnded, onCancel }: Props) {
  const t = useT();
  const w = t.unit.workforce;
  const reasons = useCodeList('workforce_end_reasons');
  const end = useEndEmployment(employment.id);
  const form = useFormFlow({
    initial: emptyEnd(todayInOslo()),
    fields: END_FIELDS,
    fieldId: endFieldId,
    validate: (values) => validateEnd(values, employment.startDate, t),
    invalid: (field) => w.invalid[field],
    special: (error) => (error.status === 409 ? { endDate: w.alreadyEnded } : null),
    send: (values) => afterWrite(end.run(endBody(values)), onEnded),
  });

  return (
    <FormFrame
      testId="workforce-end"
      heading={w.endHeading(employment.user.displayName)}
      headingLevel="2"
      form={form}
      submitLabel={w.endSubmit}
      onCancel={onCancel}
      cancelLabel={t.unit.common.cancel}
      focusOnMount
    >
      <DateField
        {...form.field.value('endDate')}
        label={w.endDate}
        description={t.participant.dateDescription}
        required
      />
      <ChoiceSelect
        {...form.field.input('endReason')}
        label={w.endReason}
        placeholder={w.chooseEndReason}
        choices={reasons.options}
      />
    </FormFrame>
  );
}
