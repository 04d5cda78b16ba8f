import { Button, Heading, HStack, VStack } from '@navikt/ds-react';
import type { FormEvent, ReactNode, Ref } from 'react';
import type { ApiError } from '../../api/api-error.ts';
import { useFocusOnMount } from '../../forms/use-focus-on-mount.ts';
import { useT } from '../../i18n/use-t.ts';
import { ApiErrorAlert } from '../api-error-alert.tsx';
import { FormErrorSummary } from '../form-error-summary.tsx';

interface Props<F extends string> {
  /** data-testids of the form and of its submit button, for the browser tests. */
  testId: string;
  submitTestId: string;
  heading: string;
  headingLevel?: '3' | '4';
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
  /** For a form that replaced the button that opened it: its heading takes focus. */
  focusOnMount?: boolean;
  /** Shown above the fields, e.g. a notice replacing the general error (a 409). */
  notice?: ReactNode;
  children: ReactNode;
}

/** The frame every casework form shares: heading, error summary, API error, fields, submit. */
export function CaseworkFormFrame<F extends string>(props: Props<F>) {
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
          size="small"
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
        <HStack gap="space-16">
          <Button
            type="submit"
            loading={props.pending}
            disabled={props.submitDisabled}
            data-testid={props.submitTestId}
          >
            {props.submitLabel}
          </Button>
          {props.onCancel && (
            <Button type="button" variant="secondary" onClick={props.onCancel}>
              {t.casework.cancel}
            </Button>
          )}
        </HStack>
      </VStack>
    </form>
  );
}
