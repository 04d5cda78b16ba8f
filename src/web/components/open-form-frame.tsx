import { Alert, Button, Heading, VStack } from '@navikt/ds-react';
import type { FormEvent, ReactNode } from 'react';
import type { ApiError } from '../api/api-error.ts';
import { ApiErrorAlert } from './api-error-alert.tsx';

interface Props {
  headingId: string;
  heading: string;
  onSubmit: (event: FormEvent) => void;
  /** The success message after the last save, or null. */
  saved: string | null;
  error: ApiError | undefined;
  submitLabel: string;
  pending: boolean;
  /** Explanations that read as text (a setting's choices) get the wider text column. */
  column?: 'form-column' | 'text-column';
  children: ReactNode;
}

/**
 * The frame of a small form that stays open after saving (a setting, the next agenda item):
 * heading, the saved message or the write's error, fields, submit.
 */
export function OpenFormFrame(props: Props) {
  return (
    <form onSubmit={props.onSubmit} noValidate aria-labelledby={props.headingId}>
      <VStack gap="space-16" className={props.column ?? 'form-column'}>
        <Heading id={props.headingId} level="2" size="medium">
          {props.heading}
        </Heading>
        {props.saved && (
          <Alert variant="success" role="status">
            {props.saved}
          </Alert>
        )}
        {props.error && <ApiErrorAlert error={props.error} />}
        {props.children}
        <Button type="submit" loading={props.pending} className="fit-content">
          {props.submitLabel}
        </Button>
      </VStack>
    </form>
  );
}
