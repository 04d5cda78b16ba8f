import { BodyLong } from '@navikt/ds-react';
import type { Casework } from '../../api/casework-types.ts';
import { useCaseworkSettings } from '../../api/use-casework-settings.ts';
import { useDischarge } from '../../api/use-casework-writes.ts';
import {
  DISCHARGE_FIELDS,
  type DischargeField,
  type DischargeValues,
  dischargeBody,
  outreachCheck,
  validateDischarge,
} from '../../forms/casework/discharge-form.ts';
import type { StageFacts } from '../../forms/casework/stage-form.ts';
import { afterWrite, useFormFlow } from '../../forms/use-form-flow.ts';
import { useT } from '../../i18n/use-t.ts';
import { FormFrame } from '../form-frame.tsx';
import { CodeSelect } from './code-select.tsx';
import { EffectiveDateFields } from './effective-date-fields.tsx';
import { OutreachNotice } from './outreach-notice.tsx';

interface Props {
  participantId: string;
  casework: Casework;
  facts: StageFacts;
  onSaved: () => void;
  onCancel: () => void;
  onRecordAttempt: () => void;
}

const fieldId = (field: DischargeField) => `discharge-${field}`;

/** Avslutt: a reason, a date and a note; lost contact waits until the outreach is documented. */
export function DischargeForm({ participantId, casework, facts, onSaved, onCancel, onRecordAttempt }: Props) {
  const t = useT();
  const d = t.casework.discharge;
  const settings = useCaseworkSettings();
  const write = useDischarge(participantId);
  const form = useFormFlow<DischargeValues, DischargeField>({
    initial: { reason: '', effectiveDate: facts.today, note: '' },
    fields: DISCHARGE_FIELDS,
    fieldId,
    validate: (values) => validateDischarge(values, t.casework, facts),
    invalid: (field) => t.casework.validation.invalid(d[field]),
    send: (values) => afterWrite(write.run(dischargeBody(values)), onSaved),
  });
  const outreach = outreachCheck(
    form.values,
    casework.contacts,
    settings.outreachAttemptsBeforeDischarge,
    facts.today,
  );

  return (
    <FormFrame
      testId="discharge"
      heading={d.heading}
      form={form}
      submitLabel={d.submit}
      submitDisabled={outreach !== null && !outreach.enough}
      onCancel={onCancel}
      focusOnMount
    >
      <BodyLong>{d.intro}</BodyLong>
      <CodeSelect
        {...form.field.value('reason')}
        list="discharge_reasons"
        label={d.reason}
        placeholder={d.chooseReason}
      />
      {outreach && <OutreachNotice check={outreach} onRecordAttempt={onRecordAttempt} />}
      <EffectiveDateFields
        field={form.field}
        dateLabel={d.effectiveDate}
        noteLabel={d.note}
        today={facts.today}
      />
    </FormFrame>
  );
}
