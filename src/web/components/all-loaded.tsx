import type { ReactNode } from 'react';
import type { QueryState } from '../api/use-api-query.ts';
import { ApiErrorAlert } from './api-error-alert.tsx';
import { LoadingState } from './loading-state.tsx';

type Query = Pick<QueryState<unknown>, 'data' | 'error' | 'reload'>;
type DataOf<Q extends readonly Query[]> = {
  [K in keyof Q]: Q[K] extends { data: infer D } ? NonNullable<D> : never;
};

interface Props<Q extends readonly Query[]> {
  queries: Q;
  children: (...data: DataOf<Q>) => ReactNode;
}

/** Shows loading, or the first error with a retry of every query, until all of them have answered. */
export function AllLoaded<const Q extends readonly Query[]>({ queries, children }: Props<Q>) {
  const error = queries.find((query) => query.error)?.error;
  if (error) {
    return (
      <ApiErrorAlert
        error={error}
        onRetry={() => {
          for (const query of queries) query.reload();
        }}
      />
    );
  }
  if (queries.some((query) => query.data === undefined)) return <LoadingState />;
  // Every query has its data here, in the order given.
  return children(...(queries.map((query) => query.data) as DataOf<Q>));
}
