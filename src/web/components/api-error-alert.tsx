import { Alert, BodyShort, Button, VStack } from '@navikt/ds-react';
import type { ApiError } from '../api/api-error.ts';
import { translateError, translateReason } from '../i18n/translate-error.ts';
import { useT } from '../i18n/use-t.ts';

interface Props {
  error: ApiError;
  /** Extra lines under the main message, e.g. validation messages that belong to no field. */
  details?: string[];
  /** Offers "try again" when given and the failure may be temporary (network or server error). */
  onRetry?: () => void;
}

export function ApiErrorAlert({ error, details = [], onRetry }: Props) {
  const t = useT();
  const reason = translateReason(t, error);
  const retryable = error.status === 0 || error.status >= 500;
  return (
    <Alert variant="error" role="alert">
      <VStack gap="space-8" align="start">
        <BodyShort>{translateError(t, error)}</BodyShort>
        {reason && <BodyShort>{reason}</BodyShort>}
        {details.map((line) => (
          <BodyShort key={line}>{line}</BodyShort>
        ))}
        {onRetry && retryable && (
          <Button type="button" size="small" variant="secondary" onClick={onRetry}>
            {t.app.retry}
          </Button>
        )}
      </VStack>
    </Alert>
  );
}
