import { BodyShort, VStack } from '@navikt/ds-react';
import type { ApiError } from '../api/api-error.ts';
import { useT } from '../i18n/use-t.ts';
import { AppLink } from '../router/app-link.tsx';
import { paths } from '../router/routes.ts';
import { AccessDenied } from './access-denied.tsx';
import { ApiErrorAlert } from './api-error-alert.tsx';
import { PageHeading } from './page-heading.tsx';

/** The participant page when the participant could not be shown: 403, 404 or another failure. */
export function ParticipantLoadError({ error, onRetry }: { error: ApiError; onRetry: () => void }) {
  const t = useT();
  let title = t.errors.title;
  let body = <ApiErrorAlert error={error} onRetry={onRetry} />;
  if (error.status === 403) {
    title = t.participant.noAccessTitle;
    body = <AccessDenied error={error} />;
  } else if (error.status === 404 || error.status === 400) {
    // The API answers 400 for an id that is not a UUID: to the user that is simply not found.
    title = t.participant.notFound;
    body = <BodyShort>{t.participant.notFoundBody}</BodyShort>;
  }
  return (
    <VStack gap="space-24" align="start">
      <PageHeading>{title}</PageHeading>
      {body}
      <AppLink to={paths.caseload}>{t.participant.backToCaseload}</AppLink>
    </VStack>
  );
}
