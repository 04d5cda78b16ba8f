import { Alert, BodyShort, Button, Heading, HStack, VStack } from '@navikt/ds-react';
import type { NamedRef, Participant } from '../api/types.ts';
import { useUpdateParticipant } from '../api/use-update-participant.ts';
import { fieldId, PARTICIPANT_FIELDS, updateBody, valuesFromParticipant } from '../forms/participant-form.ts';
import { withCurrent } from '../forms/sort-options.ts';
import { useParticipantForm } from '../forms/use-participant-form.ts';
import { useT } from '../i18n/use-t.ts';
import { ApiErrorAlert } from './api-error-alert.tsx';
import { FormErrorSummary } from './form-error-summary.tsx';
import { ParticipantFields } from './participant-fields.tsx';

interface Props {
  participant: Participant;
  organisations: NamedRef[];
  onSaved: (participant: Participant) => void;
  onCancel: () => void;
  /** Fetches the participant again after a version conflict. */
  onReload: () => void;
}

/** The job specialist is not edited here: reassigning is the supervisor's, on the work pages. */
export function ParticipantEditForm({ participant, organisations, ...handlers }: Props) {
  const t = useT();
  const update = useUpdateParticipant(participant.id);
  const original = valuesFromParticipant(participant);
  const form = useParticipantForm(original, async (values) => {
    const result = await update.run(updateBody(original, values, participant.version));
    if (!result.ok) return result.error;
    handlers.onSaved(result.value);
    return null;
  });
  const conflict = form.generalError?.status === 409;

  return (
    <form
      onSubmit={form.onSubmit}
      noValidate
      aria-labelledby="edit-heading"
      data-testid="edit-participant-form"
    >
      <VStack gap="space-24" className="form-column">
        <Heading id="edit-heading" level="2" size="medium">
          {t.participant.editHeading}
        </Heading>
        <FormErrorSummary
          ref={form.summaryRef}
          errors={form.errors}
          order={PARTICIPANT_FIELDS}
          fieldId={fieldId}
        />
        {conflict && (
          <Alert variant="warning" role="alert">
            <VStack gap="space-8" align="start">
              <BodyShort>{t.participant.conflict}</BodyShort>
              <Button type="button" size="small" variant="secondary" onClick={handlers.onReload}>
                {t.participant.reload}
              </Button>
            </VStack>
          </Alert>
        )}
        {form.generalError && !conflict && (
          <ApiErrorAlert error={form.generalError} details={form.unmatched} />
        )}
        <ParticipantFields
          values={form.values}
          errors={form.errors}
          onChange={form.onChange}
          organisations={withCurrent(organisations, participant.referringOrganisation)}
        />
        <HStack gap="space-16">
          <Button type="submit" loading={update.pending}>
            {t.participant.save}
          </Button>
          <Button type="button" variant="secondary" onClick={handlers.onCancel}>
            {t.participant.cancel}
          </Button>
        </HStack>
      </VStack>
    </form>
  );
}
