import { Button, HStack, VStack } from '@navikt/ds-react';
import type { JobSpecialist, NamedRef } from '../api/types.ts';
import { useCreateParticipant } from '../api/use-create-participant.ts';
import { createBody, emptyValues, fieldId, PARTICIPANT_FIELDS } from '../forms/participant-form.ts';
import { useParticipantForm } from '../forms/use-participant-form.ts';
import { useT } from '../i18n/use-t.ts';
import { AppLink } from '../router/app-link.tsx';
import { navigate } from '../router/navigation.ts';
import { paths } from '../router/routes.ts';
import { ApiErrorAlert } from './api-error-alert.tsx';
import { FormErrorSummary } from './form-error-summary.tsx';
import { ParticipantFields } from './participant-fields.tsx';

interface Props {
  organisations: NamedRef[];
  jobSpecialists: JobSpecialist[];
  defaultJobSpecialistId: string;
}

export function NewParticipantForm({ organisations, jobSpecialists, defaultJobSpecialistId }: Props) {
  const t = useT();
  const create = useCreateParticipant();
  const form = useParticipantForm(emptyValues(defaultJobSpecialistId), async (values) => {
    const result = await create.run(createBody(values));
    if (!result.ok) return result.error;
    navigate(paths.participant(result.value.id));
    return null;
  });

  return (
    <form onSubmit={form.onSubmit} noValidate data-testid="new-participant-form">
      <VStack gap="space-24" className="form-column">
        <FormErrorSummary
          ref={form.summaryRef}
          errors={form.errors}
          order={PARTICIPANT_FIELDS}
          fieldId={fieldId}
        />
        {form.generalError && <ApiErrorAlert error={form.generalError} details={form.unmatched} />}
        <ParticipantFields
          values={form.values}
          errors={form.errors}
          onChange={form.onChange}
          organisations={organisations}
          jobSpecialists={jobSpecialists}
        />
        <HStack gap="space-16" align="center">
          <Button type="submit" loading={create.pending}>
            {t.newParticipant.submit}
          </Button>
          <AppLink to={paths.caseload}>{t.newParticipant.cancel}</AppLink>
        </HStack>
      </VStack>
    </form>
  );
}
