import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiError } from './api-error.ts';
import { toApiError } from './to-api-error.ts';

export interface QueryState<T> {
  data: T | undefined;
  error: ApiError | undefined;
  reload: () => void;
  /** Replaces the cached answer, e.g. with the body a successful write returned. */
  setData: (data: T) => void;
}

interface Loaded<T> {
  key: string;
  request: string;
  data: T | undefined;
  error: ApiError | undefined;
}

/**
 * Runs `load` (a GET through the API client), again when `request` changes or on reload().
 * `request` names what is asked for (path and parameters), so a new question loads anew.
 */
export function useApiQuery<T>(request: string, load: (signal: AbortSignal) => Promise<T>): QueryState<T> {
  const [generation, setGeneration] = useState(0);
  const [loaded, setLoaded] = useState<Loaded<T> | null>(null);
  const key = `${generation}:${request}`;
  const latestLoad = useRef(load);
  latestLoad.current = load;

  useEffect(() => {
    const controller = new AbortController();
    latestLoad.current(controller.signal).then(
      (data) => setLoaded({ key, request, data, error: undefined }),
      (error: unknown) => {
        if (!controller.signal.aborted)
          setLoaded({ key, request, data: undefined, error: toApiError(error) });
      },
    );
    return () => controller.abort();
  }, [key, request]);

  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  const setData = useCallback(
    (data: T) => setLoaded({ key, request, data, error: undefined }),
    [key, request],
  );

  // Keep showing the previous answer for the same request while a reload is in flight.
  const current = loaded?.request === request ? loaded : null;
  return {
    data: current?.data,
    error: current?.key === key ? current.error : undefined,
    reload,
    setData,
  };
}
