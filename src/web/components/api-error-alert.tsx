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
  /** Lists each field error's message under this line, when the answer names fields. */
  fieldsHeading?: string;
}

export function ApiErrorAlert({ error, details: given = [], onRetry, fieldsHeading }: Props) {
  const t = useT();
  const fields =
    fieldsHeading && error.errors.length > 0 ? [fieldsHeading, ...error.errors.map((e) => e.message)] : [];
  const details = [...given, ...fields];
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
