import { useSyncExternalStore } from 'react';

/** Below Aksel's md breakpoint (768 px): a phone, where tables become cards and the menu folds. */
const NARROW = '(max-width: 47.99rem)';

function subscribe(onChange: () => void) {
  const query = window.matchMedia(NARROW);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

/** True on a narrow screen; follows the window as it is resized or turned. */
export function useNarrow(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => window.matchMedia(NARROW).matches,
    () => false,
  );
}
