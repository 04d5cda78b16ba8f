/** Lets the session provider hear about a 401 from any API call, so an expired session shows sign-in. */
type Listener = () => void;

const listeners = new Set<Listener>();

export function onUnauthenticated(listener: Listener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

export function emitUnauthenticated(): void {
  for (const listener of listeners) listener();
}
