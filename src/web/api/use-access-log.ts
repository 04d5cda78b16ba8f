import { useState } from 'react';
import { api, call } from './client.ts';
import type { AccessLogEntry, AccessLogPage } from './types.ts';
import { useApiQuery } from './use-api-query.ts';
import { useMutation } from './use-mutation.ts';

export const ACCESS_LOG_PAGE_SIZE = 50;

/**
 * The participant's access log, newest first: the first page on mount, further pages on
 * loadMore() through the API's cursor, so entries stay in place while new events arrive.
 */
export function useAccessLog(participantId: string) {
  const page = (cursor: string | undefined, signal?: AbortSignal) =>
    call(
      api.GET('/api/participants/{id}/access-log', {
        params: { path: { id: participantId }, query: { limit: ACCESS_LOG_PAGE_SIZE, cursor } },
        signal,
      }),
    );
  const first = useApiQuery(`/api/participants/{id}/access-log ${participantId}`, (signal) =>
    page(undefined, signal),
  );
  const [later, setLater] = useState<AccessLogPage[]>([]);
  const next = useMutation((cursor: string) => page(cursor));

  const pages = first.data ? [first.data, ...later] : [];
  const items: AccessLogEntry[] = pages.flatMap((page) => page.items);
  const nextCursor = pages.at(-1)?.nextCursor ?? null;

  return {
    items: first.data ? items : undefined,
    error: first.error,
    nextCursor,
    loadingMore: next.pending,
    loadMoreError: next.error,
    reload: () => {
      setLater([]);
      first.reload();
    },
    loadMore: async () => {
      if (!nextCursor) return;
      const result = await next.run(nextCursor);
      if (result.ok) setLater((current) => [...current, result.value]);
    },
  };
}
