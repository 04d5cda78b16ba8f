import { Textarea } from '@navikt/ds-react';
import { useCorrect } from '../../api/use-corrections.ts';
import {
  CORRECTION_FIELDS,
  type CorrectedTarget,
  type CorrectionField,
  type CorrectionValues,
  correctionBody,
  validateCorrection,
} from '../../forms/casework/correction-form.ts';
import { afterWrite, useFormFlow } from '../../forms/use-form-flow.ts';
import { todayInOslo } from '../../i18n/format.ts';
import { useT } from '../../i18n/use-t.ts';
import { CorrectionFrame } from '../correction-frame.tsx';
import { DateField } from '../date-field.tsx';

interface Props {
  participantId: string;
  target: CorrectedTarget;
  /** What the entry is, in words (heading and labels). */
  what: string;
  onSaved: () => void;
  onCancel: () => void;
}

/** Corrects an entry's date or voids it, always with a reason; the original stays in the history. */
export function CorrectionForm({ participantId, target, what, onSaved, onCancel }: Props) {
  const t = useT();
  const c = t.casework.corrections;
  const today = todayInOslo();
  const write = useCorrect(participantId);
  const fieldId = (field: CorrectionField) => `correction-${target.recordId}-${field}`;
  const form = useFormFlow<CorrectionValues, CorrectionField>({
    initial: { kind: 'correct', date: target.date, reason: '' },
    fields: CORRECTION_FIELDS,
    fieldId,
    validate: (values) => validateCorrection(values, t.casework, today),
    invalid: (field) => t.casework.validation.invalid(c[field === 'kind' ? 'kind' : field]),
    send: (values) => afterWrite(write.run(correctionBody(target, values)), onSaved),
  });

  return (
    <CorrectionFrame
      testId="correction"
      what={what}
      texts={c}
      form={form}
      onKind={(kind) => form.update((v) => ({ ...v, kind }), 'kind')}
      onCancel={onCancel}
    >
      {form.values.kind === 'correct' && (
        <DateField
          {...form.field.value('date')}
          label={c.date}
          description={t.casework.dateDescription}
          required
          notAfter={today}
        />
      )}
      <Textarea
        {...form.field.input('reason')}
        label={c.reason}
        description={c.reasonDescription}
        maxLength={1000}
      />
    </CorrectionFrame>
  );
}
