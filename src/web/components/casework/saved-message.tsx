import { Alert } from '@navikt/ds-react';

/** A short confirmation after a write, read out politely. */
export function SavedMessage({ text }: { text: string | null }) {
  if (!text) return null;
  return (
    <Alert variant="success" size="small" role="status">
      {text}
    </Alert>
  );
}
