import { Heading, VStack } from '@navikt/ds-react';
import type { FormEvent, ReactNode, Ref } from 'react';
import type { ApiError } from '../api/api-error.ts';
import { useFocusOnMount } from '../forms/use-focus-on-mount.ts';
import { useT } from '../i18n/use-t.ts';
import { ApiErrorAlert } from './api-error-alert.tsx';
import { FormButtons } from './form-buttons.tsx';
import { FormErrorSummary } from './form-error-summary.tsx';

interface Props<F extends string> {
  /** data-testids of the form and of its submit button, for the browser tests. */
  testId: string;
  submitTestId: string;
  heading: string;
  headingLevel?: '2' | '3' | '4';
  headingSize?: 'small' | 'medium';
  form: {
    onSubmit: (event: FormEvent) => void;
    errors: Partial<Record<F, string>>;
    summaryRef: Ref<HTMLDivElement>;
    generalError: ApiError | null;
    unmatched: string[];
  };
  order: readonly F[];
  fieldId: (field: F) => string;
  submitLabel: string;
  pending: boolean;
  submitDisabled?: boolean;
  onCancel?: () => void;
  /** The cancel button's text, when not the casework forms' "Avbryt". */
  cancelLabel?: string;
  /** For a form that replaced the button that opened it: its heading takes focus. */
  focusOnMount?: boolean;
  /** Shown above the fields, e.g. a notice replacing the general error (a 409). */
  notice?: ReactNode;
  children: ReactNode;
}

/** The frame the forms share: heading, error summary, API error (or a notice), fields, submit, cancel. */
export function FormFrame<F extends string>(props: Props<F>) {
  const t = useT();
  const { form } = props;
  const headingId = `${props.testId}-heading`;
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  return (
    <form onSubmit={form.onSubmit} noValidate aria-labelledby={headingId} data-testid={props.testId}>
      <VStack gap="space-16" className="form-column">
        <Heading
          id={headingId}
          ref={props.focusOnMount ? headingRef : undefined}
          tabIndex={props.focusOnMount ? -1 : undefined}
          className={props.focusOnMount ? 'focus-heading' : undefined}
          level={props.headingLevel ?? '3'}
          size={props.headingSize ?? 'small'}
        >
          {props.heading}
        </Heading>
        <FormErrorSummary
          ref={form.summaryRef}
          errors={form.errors}
          order={props.order}
          fieldId={props.fieldId}
        />
        {props.notice}
        {form.generalError && !props.notice && (
          <ApiErrorAlert error={form.generalError} details={form.unmatched} />
        )}
        {props.children}
        <FormButtons
          submitLabel={props.submitLabel}
          pending={props.pending}
          submitDisabled={props.submitDisabled}
          submitTestId={props.submitTestId}
          onCancel={props.onCancel}
          cancelLabel={props.cancelLabel ?? t.casework.cancel}
        />
      </VStack>
    </form>
  );
}
