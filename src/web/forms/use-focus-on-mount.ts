import { useEffect, useRef } from 'react';

/**
 * For a form that replaces the button that opened it: the button is gone, so focus moves to the
 * form's heading (give it tabIndex -1) instead of falling back to the top of the page.
 */
export function useFocusOnMount<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return ref;
}
