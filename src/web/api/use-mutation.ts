import { useState } from 'react';
import type { ApiError } from './api-error.ts';
import { toApiError } from './to-api-error.ts';

export type MutationResult<R> = { ok: true; value: R } | { ok: false; error: ApiError };

export interface MutationState<A, R> {
  run: (args: A) => Promise<MutationResult<R>>;
  pending: boolean;
  error: ApiError | undefined;
}

/** Tracks one write call: pending flag and the last error; run() never throws. */
export function useMutation<A, R>(call: (args: A) => Promise<R>): MutationState<A, R> {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<ApiError | undefined>(undefined);

  const run = async (args: A): Promise<MutationResult<R>> => {
    setPending(true);
    setError(undefined);
    try {
      return { ok: true, value: await call(args) };
    } catch (caught) {
      const apiError = toApiError(caught);
      setError(apiError);
      return { ok: false, error: apiError };
    } finally {
      setPending(false);
    }
  };

  return { run, pending, error };
}
