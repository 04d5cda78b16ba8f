import { Alert, Button, VStack } from '@navikt/ds-react';
import type { FormEvent, ReactNode } from 'react';
import type { ApiError } from '../../api/api-error.ts';
import { ApiErrorAlert } from '../api-error-alert.tsx';

interface Props {
  label: string;
  submitLabel: string;
  savedMessage: string;
  onSubmit: (event: FormEvent) => void;
  pending: boolean;
  saved: boolean;
  failure: ApiError | null;
  children: ReactNode;
}

/** The frame both contact-details forms share: their fields, what went wrong or was saved, and Save. */
export function ContactFormFrame(p: Props) {
  return (
    <VStack as="form" gap="space-16" onSubmit={p.onSubmit} className="form-column" aria-label={p.label}>
      {p.children}
      {p.failure && <ApiErrorAlert error={p.failure} />}
      {p.saved && (
        <Alert variant="success" size="small" role="status">
          {p.savedMessage}
        </Alert>
      )}
      <div>
        <Button type="submit" loading={p.pending}>
          {p.submitLabel}
        </Button>
      </div>
    </VStack>
  );
}
