import { useCallback, useEffect, useState } from 'react';
import type { ApiError } from './api-error.ts';
import { apiFetch } from './api-fetch.ts';
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
  path: string;
  data: T | undefined;
  error: ApiError | undefined;
}

/** GETs `path`, again when it changes or on reload(). */
export function useApiQuery<T>(path: string): QueryState<T> {
  const [generation, setGeneration] = useState(0);
  const [loaded, setLoaded] = useState<Loaded<T> | null>(null);
  const key = `${generation}:${path}`;

  useEffect(() => {
    const controller = new AbortController();
    apiFetch<T>(path, { signal: controller.signal }).then(
      (data) => setLoaded({ key, path, data, error: undefined }),
      (error: unknown) => {
        if (!controller.signal.aborted) setLoaded({ key, path, data: undefined, error: toApiError(error) });
      },
    );
    return () => controller.abort();
  }, [key, path]);

  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  const setData = useCallback((data: T) => setLoaded({ key, path, data, error: undefined }), [key, path]);

  // Keep showing the previous answer for the same path while a reload is in flight.
  const current = loaded?.path === path ? loaded : null;
  return {
    data: current?.data,
    error: current?.key === key ? current.error : undefined,
    reload,
    setData,
  };
}
