import { TextField } from '@navikt/ds-react';
import { useAddBenefit } from '../../api/use-casework-writes.ts';
import {
  BENEFIT_FIELDS,
  type BenefitField,
  type BenefitValues,
  benefitBody,
  emptyBenefit,
  validateBenefit,
} from '../../forms/casework/benefit-form.ts';
import { afterWrite, useFormFlow } from '../../forms/use-form-flow.ts';
import { todayInOslo } from '../../i18n/format.ts';
import { useT } from '../../i18n/use-t.ts';
import { DateField } from '../date-field.tsx';
import { FormFrame } from '../form-frame.tsx';
import { CodeSelect } from './code-select.tsx';

interface Props {
  participantId: string;
  onSaved: () => void;
  onCancel: () => void;
}

const fieldId = (field: BenefitField) => `benefit-${field}`;

/** A benefit the participant has now, with its monthly amount when known. */
export function BenefitForm({ participantId, onSaved, onCancel }: Props) {
  const t = useT();
  const b = t.casework.benefits;
  const today = todayInOslo();
  const write = useAddBenefit(participantId);
  const form = useFormFlow<BenefitValues, BenefitField>({
    initial: emptyBenefit(),
    fields: BENEFIT_FIELDS,
    fieldId,
    validate: (values) => validateBenefit(values, t.casework, today),
    invalid: (field) => t.casework.validation.invalid(b[field]),
    send: (values) => afterWrite(write.run(benefitBody(values)), onSaved),
  });

  return (
    <FormFrame
      testId="benefit"
      heading={b.addHeading}
      headingLevel="4"
      form={form}
      submitLabel={b.submit}
      onCancel={onCancel}
      focusOnMount
    >
      <CodeSelect
        {...form.field.value('benefit')}
        list="benefit_types"
        label={b.benefit}
        placeholder={b.chooseBenefit}
      />
      <TextField
        {...form.field.input('monthlyAmount')}
        label={b.monthlyAmount}
        description={b.monthlyAmountDescription}
        inputMode="decimal"
        htmlSize={10}
      />
      <DateField
        {...form.field.value('fromDate')}
        label={b.fromDate}
        description={t.casework.dateDescription}
        required
        notAfter={today}
      />
    </FormFrame>
  );
}
