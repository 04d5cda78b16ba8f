import { Alert } from '@navikt/ds-react';
import { useCallback, useState } from 'react';
import { useFocusOnMount } from '../forms/use-focus-on-mount.ts';

export interface Saved {
  text: string;
  /** Counts the saves, so a second save with the same text is announced again. */
  round: number;
}

/** The confirmation a panel shows after a write: `show` after each save, `clear` when a new one starts. */
export function useSavedMessage() {
  const [saved, setSaved] = useState<Saved | null>(null);
  const show = useCallback((text: string) => setSaved((s) => ({ text, round: (s?.round ?? 0) + 1 })), []);
  const clear = useCallback(() => setSaved(null), []);
  return { saved, show, clear };
}

function FocusedAlert({ text }: { text: string }) {
  const ref = useFocusOnMount<HTMLDivElement>();
  return (
    <Alert ref={ref} tabIndex={-1} variant="success" size="small" role="status" data-testid="saved-message">
      {text}
    </Alert>
  );
}

/**
 * A short confirmation after a write. It takes focus, so it is read out and, on a phone, scrolled
 * to where the user is, rather than appearing unseen above the form that was just sent.
 */
export function SavedMessage({ saved }: { saved: Saved | null }) {
  if (!saved) return null;
  return <FocusedAlert key={saved.round} text={saved.text} />;
}
