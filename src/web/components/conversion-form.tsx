import { BodyLong, Fieldset, Heading, VStack } from '@navikt/ds-react';
import type { Conversion, JobSpecialist, NamedRef } from '../api/types.ts';
import { useConvertCandidate } from '../api/use-convert-candidate.ts';
import {
  type ConsentField,
  consentBody,
  consentFieldId,
  emptyConsent,
  isConsentField,
} from '../forms/consent-form.ts';
import {
  CONVERSION_FIELDS,
  type ConversionField,
  type ConversionValues,
  validateConversion,
} from '../forms/conversion-form.ts';
import { createBody, emptyValues, fieldId, type ParticipantField } from '../forms/participant-form.ts';
import { readAttachment } from '../forms/read-attachment.ts';
import { useFocusOnMount } from '../forms/use-focus-on-mount.ts';
import { useFormFlow } from '../forms/use-form-flow.ts';
import { todayInOslo } from '../i18n/format.ts';
import { useT } from '../i18n/use-t.ts';
import { useCurrentUser } from '../session/session-context.ts';
import { ApiErrorAlert } from './api-error-alert.tsx';
import { ConsentFields } from './consent-fields.tsx';
import { FormButtons } from './form-buttons.tsx';
import { FormErrorSummary } from './form-error-summary.tsx';
import { ParticipantFields } from './participant-fields.tsx';

interface Props {
  candidate: { id: string; handle: string };
  organisations: NamedRef[];
  jobSpecialists: JobSpecialist[];
  onConverted: (conversion: Conversion) => void;
  onCancel: () => void;
}

const idOf = (field: ConversionField) => (isConsentField(field) ? consentFieldId(field) : fieldId(field));

/** Consent given in the meeting: the referral and the consent in one form, sent as one request. */
export function ConversionForm({ candidate, organisations, jobSpecialists, onConverted, onCancel }: Props) {
  const t = useT();
  const user = useCurrentUser();
  const convert = useConvertCandidate(candidate.id);
  const today = todayInOslo();
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  const form = useFormFlow<ConversionValues, ConversionField>({
    initial: {
      referral: { ...emptyValues(user.role === 'job_specialist' ? user.id : ''), referralDate: today },
      consent: emptyConsent(today),
    },
    fields: CONVERSION_FIELDS,
    fieldId: idOf,
    validate: (values) => validateConversion(values, t, today),
    invalid: (field) => (isConsentField(field) ? t.consentForm.invalid[field] : t.validation.invalid[field]),
    special: (error) =>
      error.status === 409 && error.detail.includes('fnr') ? { fnr: t.validation.fnrTaken } : null,
    send: async (values) => {
      const attachment = await readAttachment(values.consent.attachment);
      if (!attachment.ok) return attachment.error;
      const result = await convert.run({
        referral: createBody(values.referral),
        consent: consentBody(values.consent, attachment.value),
      });
      if (!result.ok) return result.error;
      onConverted(result.value);
      return null;
    },
  });
  const headingId = `conversion-${candidate.id}`;

  return (
    <form onSubmit={form.onSubmit} noValidate aria-labelledby={headingId} className="full-width">
      <VStack gap="space-24" className="form-column">
        <Heading
          ref={headingRef}
          tabIndex={-1}
          id={headingId}
          level="4"
          size="small"
          className="focus-heading"
        >
          {t.conversion.heading(candidate.handle)}
        </Heading>
        <BodyLong>{t.conversion.intro}</BodyLong>
        <FormErrorSummary
          ref={form.summaryRef}
          errors={form.errors}
          order={CONVERSION_FIELDS}
          fieldId={idOf}
        />
        {form.generalError && <ApiErrorAlert error={form.generalError} details={form.unmatched} />}
        <Fieldset legend={t.conversion.referral}>
          <VStack gap="space-16">
            <ParticipantFields
              values={form.values.referral}
              errors={form.errors}
              organisations={organisations}
              jobSpecialists={jobSpecialists}
              onChange={(field: ParticipantField, value) =>
                form.update((v) => ({ ...v, referral: { ...v.referral, [field]: value } }), field)
              }
            />
          </VStack>
        </Fieldset>
        <Fieldset legend={t.conversion.consent}>
          <VStack gap="space-16">
            <ConsentFields
              values={form.values.consent}
              errors={form.errors}
              organisations={organisations}
              onChange={(change, field: ConsentField) =>
                form.update((v) => ({ ...v, consent: { ...v.consent, ...change } }), field)
              }
            />
          </VStack>
        </Fieldset>
        <FormButtons
          submitLabel={t.conversion.submit}
          pending={convert.pending}
          onCancel={onCancel}
          cancelLabel={t.conversion.cancel}
        />
      </VStack>
    </form>
  );
}
