import { Alert, BodyShort, Heading, VStack } from '@navikt/ds-react';
import type { ApiError } from '../api/api-error.ts';
import { translateReason } from '../i18n/translate-error.ts';
import { useT } from '../i18n/use-t.ts';

/** 403 on a participant: says so, and why, in the user's language. */
export function AccessDenied({ error }: { error: ApiError }) {
  const t = useT();
  const reason = translateReason(t, error);
  return (
    <Alert variant="error" data-testid="access-denied">
      <VStack gap="space-8">
        <Heading level="2" size="small">
          {t.participant.forbidden}
        </Heading>
        {reason && <BodyShort>{reason}</BodyShort>}
      </VStack>
    </Alert>
  );
}
