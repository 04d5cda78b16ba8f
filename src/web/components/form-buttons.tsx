import { Button, HStack } from '@navikt/ds-react';

interface Props {
  submitLabel: string;
  pending: boolean;
  submitDisabled?: boolean;
  submitTestId?: string;
  /** Without it the form has no cancel button (it stays open on the page). */
  onCancel?: () => void;
  cancelLabel: string;
  /** Small buttons for a form inside a card (meeting items). */
  size?: 'small';
}

/** A form's submit button, with its cancel button beside it. */
export function FormButtons({
  submitLabel,
  pending,
  submitDisabled,
  submitTestId,
  onCancel,
  cancelLabel,
  size,
}: Props) {
  return (
    <HStack gap={size ? 'space-12' : 'space-16'} className="form-buttons">
      <Button
        type="submit"
        size={size}
        loading={pending}
        disabled={submitDisabled}
        data-testid={submitTestId}
      >
        {submitLabel}
      </Button>
      {onCancel && (
        <Button type="button" size={size} variant="secondary" onClick={onCancel}>
          {cancelLabel}
        </Button>
      )}
    </HStack>
  );
}
