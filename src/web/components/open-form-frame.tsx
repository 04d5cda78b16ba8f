import { Alert, Button, Heading, VStack } from '@navikt/ds-react';
import type { ReactNode } from 'react';
import { ApiErrorAlert } from './api-error-alert.tsx';
import type { OpenForm } from './use-open-form.ts';

interface Props {
  headingId: string;
  heading: string;
  form: OpenForm;
  /** The success message shown after a save. */
  savedMessage: string;
  submitLabel: string;
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
    <form onSubmit={props.form.onSubmit} noValidate aria-labelledby={props.headingId}>
      <VStack gap="space-16" className={props.column ?? 'form-column'}>
        <Heading id={props.headingId} level="2" size="medium">
          {props.heading}
        </Heading>
        {props.form.saved && (
          <Alert variant="success" role="status">
            {props.savedMessage}
          </Alert>
        )}
        {props.form.error && <ApiErrorAlert error={props.form.error} />}
        {props.children}
        <Button type="submit" loading={props.form.pending} className="fit-content">
          {props.submitLabel}
        </Button>
      </VStack>
    </form>
  );
}
