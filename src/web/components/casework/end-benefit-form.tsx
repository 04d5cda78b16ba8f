import type { ParticipantBenefit } from '../../api/casework-types.ts';
import { useEndBenefit } from '../../api/use-casework-writes.ts';
import { useCodeList } from '../../codes/use-code-list.ts';
import { type EndBenefitField, validateEndBenefit } from '../../forms/casework/benefit-form.ts';
import { afterWrite, useFormFlow } from '../../forms/use-form-flow.ts';
import { formatDate, todayInOslo } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/use-t.ts';
import { DateField } from '../date-field.tsx';
import { FormFrame } from '../form-frame.tsx';

interface Props {
  participantId: string;
  benefit: ParticipantBenefit;
  onSaved: () => void;
  onCancel: () => void;
}

const FIELDS: readonly EndBenefitField[] = ['toDate'];

/** Ends a running benefit on a date. */
export function EndBenefitForm({ participantId, benefit, onSaved, onCancel }: Props) {
  const { t, lang } = useI18n();
  const b = t.casework.benefits;
  const types = useCodeList('benefit_types');
  const fieldId = (field: EndBenefitField) => `benefit-${benefit.id}-${field}`;
  const write = useEndBenefit(participantId, benefit.id);
  const form = useFormFlow<{ toDate: string }, EndBenefitField>({
    initial: { toDate: todayInOslo() },
    fields: FIELDS,
    fieldId,
    validate: (values) =>
      validateEndBenefit(values, t.casework, {
        fromDate: { date: benefit.fromDate, shown: formatDate(benefit.fromDate, lang) },
      }),
    invalid: () => t.casework.validation.invalid(b.toDate),
    send: (values) => afterWrite(write.run(values), onSaved),
  });

  return (
    <FormFrame
      testId="end-benefit"
      heading={b.endHeading(types.label(benefit.benefit))}
      headingLevel="4"
      form={form}
      submitLabel={b.endSubmit}
      onCancel={onCancel}
      focusOnMount
    >
      <DateField
        {...form.field.value('toDate')}
        label={b.toDate}
        description={t.casework.dateDescription}
        required
      />
    </FormFrame>
  );
}
