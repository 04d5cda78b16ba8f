import { ErrorSummary } from '@navikt/ds-react';
import type { MouseEvent, Ref } from 'react';
import { useT } from '../i18n/use-t.ts';

interface Props<F extends string> {
  errors: Partial<Record<F, string>>;
  /** Fields in on-screen order, so the summary lists them as they appear. */
  order: readonly F[];
  fieldId: (field: F) => string;
  ref: Ref<HTMLDivElement>;
}

/** A fragment link only scrolls; moving focus into the field lets the user fix it straight away. */
function focusField(event: MouseEvent, id: string): void {
  const input = document.getElementById(id);
  if (!input) return;
  event.preventDefault();
  input.focus();
}

/** Aksel ErrorSummary linking each message to its field; renders nothing when all is well. */
export function FormErrorSummary<F extends string>({ errors, order, fieldId, ref }: Props<F>) {
  const t = useT();
  const fields = order.filter((field) => errors[field]);
  if (fields.length === 0) return null;
  return (
    <ErrorSummary ref={ref} heading={t.validation.summaryHeading} data-testid="error-summary">
      {fields.map((field) => (
        <ErrorSummary.Item
          key={field}
          href={`#${fieldId(field)}`}
          onClick={(event) => focusField(event, fieldId(field))}
        >
          {errors[field]}
        </ErrorSummary.Item>
      ))}
    </ErrorSummary>
  );
}
