import { Heading, VStack } from '@navikt/ds-react';
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
import { useFocusOnMount } from '../forms/use-focus-on-mount.ts';
import { useFormFlow } from '../forms/use-form-flow.ts';
import { todayInOslo } from '../i18n/format.ts';
import { useT } from '../i18n/use-t.ts';
import { ApiErrorAlert } from './api-error-alert.tsx';
import { ConsentFields } from './consent-fields.tsx';
import { FormButtons } from './form-buttons.tsx';
import { FormErrorSummary } from './form-error-summary.tsx';

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
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  const form = useFormFlow({
    initial: emptyConsent(today),
    fields: CONSENT_FIELDS,
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
    <form onSubmit={form.onSubmit} noValidate aria-labelledby="record-consent-heading">
      <VStack gap="space-24" className="form-column">
        <Heading
          ref={headingRef}
          tabIndex={-1}
          id="record-consent-heading"
          level="3"
          size="small"
          className="focus-heading"
        >
          {t.consentForm.heading}
        </Heading>
        <FormErrorSummary
          ref={form.summaryRef}
          errors={form.errors}
          order={CONSENT_FIELDS}
          fieldId={consentFieldId}
        />
        {form.generalError && <ApiErrorAlert error={form.generalError} details={form.unmatched} />}
        <ConsentFields
          values={form.values}
          errors={form.errors}
          organisations={organisations}
          onChange={(change, field) => form.update((current) => ({ ...current, ...change }), field)}
        />
        <FormButtons
          submitLabel={t.consentForm.submit}
          pending={record.pending}
          onCancel={onCancel}
          cancelLabel={t.consentForm.cancel}
        />
      </VStack>
    </form>
  );
}
