import { useState } from 'react';

/**
 * A view that opens its form on request, in its own place: the form closes on cancel, and on save
 * it closes before the view's parent hears of the change.
 */
export function useEditInPlace<A extends unknown[]>(onSaved: (...result: A) => void) {
  const [editing, setEditing] = useState(false);
  return {
    editing,
    open: () => setEditing(true),
    cancel: () => setEditing(false),
    saved: (...result: A) => {
      setEditing(false);
      onSaved(...result);
    },
  };
}
