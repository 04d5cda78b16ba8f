import type { NamedRef } from '../api/types.ts';
import { useRecordConsent } from '../api/use-record-consent.ts';
import {
  CONSENT_FIELDS,
  consentBody,
  consentFieldId,
  emptyConsent,
  validateConsent,
} from '../forms/consent-form.ts';
import { readAttachment } from '../forms/read-attachment.ts';
import { useFormFlow } from '../forms/use-form-flow.ts';
import { todayInOslo } from '../i18n/format.ts';
import { useT } from '../i18n/use-t.ts';
import { ConsentFields } from './consent-fields.tsx';
import { FormFrame } from './form-frame.tsx';

interface Props {
  participantId: string;
  organisations: NamedRef[];
  onRecorded: () => void;
  onCancel: () => void;
}

export function RecordConsentForm({ participantId, organisations, onRecorded, onCancel }: Props) {
  const t = useT();
  const record = useRecordConsent(participantId);
  const today = todayInOslo();
  const form = useFormFlow({
    initial: emptyConsent(today),
    fields: CONSENT_FIELDS,
    fieldId: consentFieldId,
    validate: (values) => validateConsent(values, t, today),
    invalid: (field) => t.consentForm.invalid[field],
    send: async (values) => {
      const attachment = await readAttachment(values.attachment);
      if (!attachment.ok) return attachment.error;
      const result = await record.run(consentBody(values, attachment.value));
      if (!result.ok) return result.error;
      onRecorded();
      return null;
    },
  });

  return (
    <FormFrame
      testId="record-consent"
      heading={t.consentForm.heading}
      form={form}
      submitLabel={t.consentForm.submit}
      onCancel={onCancel}
      cancelLabel={t.consentForm.cancel}
      focusOnMount
    >
      <ConsentFields
        values={form.values}
        errors={form.errors}
        organisations={organisations}
        onChange={(change, field) => form.update((current) => ({ ...current, ...change }), field)}
      />
    </FormFrame>
  );
}
