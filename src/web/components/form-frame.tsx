import { Heading, VStack } from '@navikt/ds-react';
import type { FormEvent, ReactNode, Ref } from 'react';
import type { ApiError } from '../api/api-error.ts';
import { useFocusOnMount } from '../forms/use-focus-on-mount.ts';
import { useT } from '../i18n/use-t.ts';
import { ApiErrorAlert } from './api-error-alert.tsx';
import { FormButtons } from './form-buttons.tsx';
import { FormErrorSummary } from './form-error-summary.tsx';

interface Props<F extends string> {
  /** The base of the form's data-testids for the browser tests: `<testId>-form` and `<testId>-submit`. */
  testId: string;
  heading: string;
  /** A page's own form is level 2 (a medium heading); one in a section, 3 or 4 (small). */
  headingLevel?: '2' | '3' | '4';
  form: {
    onSubmit: (event: FormEvent) => void;
    errors: Partial<Record<F, string>>;
    summaryRef: Ref<HTMLDivElement>;
    generalError: ApiError | null;
    unmatched: string[];
    pending: boolean;
    /** The fields in display order, and their element ids, for the error summary. */
    fields: readonly F[];
    fieldId: (field: F) => string;
  };
  submitLabel: string;
  submitDisabled?: boolean;
  onCancel?: () => void;
  /** The cancel button's text, when not the casework forms' "Avbryt". */
  cancelLabel?: string;
  /** For a form that replaced the button that opened it: its heading takes focus. */
  focusOnMount?: boolean;
  /** Shown above the fields, e.g. a notice replacing the general error (a 409). */
  notice?: ReactNode;
  /** Shown under the heading, before any error: what the form is for, or the last save's outcome. */
  intro?: ReactNode;
  /** For a form inside a list or a card: tighter spacing and small buttons. */
  compact?: boolean;
  children: ReactNode;
}

/** The frame the forms share: heading, error summary, API error (or a notice), fields, submit, cancel. */
export function FormFrame<F extends string>(props: Props<F>) {
  const t = useT();
  const { form } = props;
  const headingId = `${props.testId}-form-heading`;
  const level = props.headingLevel ?? '3';
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  return (
    <form
      onSubmit={form.onSubmit}
      noValidate
      aria-labelledby={headingId}
      data-testid={`${props.testId}-form`}
    >
      <VStack gap={props.compact ? 'space-12' : 'space-16'} className="form-column">
        <Heading
          id={headingId}
          ref={props.focusOnMount ? headingRef : undefined}
          tabIndex={props.focusOnMount ? -1 : undefined}
          className={props.focusOnMount ? 'focus-heading' : undefined}
          level={level}
          size={level === '2' ? 'medium' : 'small'}
        >
          {props.heading}
        </Heading>
        {props.intro}
        <FormErrorSummary
          ref={form.summaryRef}
          errors={form.errors}
          order={form.fields}
          fieldId={form.fieldId}
        />
        {props.notice}
        {form.generalError && !props.notice && (
          <ApiErrorAlert error={form.generalError} details={form.unmatched} />
        )}
        {props.children}
        <FormButtons
          submitLabel={props.submitLabel}
          pending={form.pending}
          submitDisabled={props.submitDisabled}
          submitTestId={`${props.testId}-submit`}
          onCancel={props.onCancel}
          cancelLabel={props.cancelLabel ?? t.casework.cancel}
          size={props.compact ? 'small' : undefined}
        />
      </VStack>
    </form>
  );
}
