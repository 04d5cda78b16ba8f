import { useState } from 'react';
import { apiFetch } from './api-fetch.ts';
import type { AccessLogEntry, AccessLogPage } from './types.ts';
import { useApiQuery } from './use-api-query.ts';
import { useMutation } from './use-mutation.ts';
import { participantPath } from './use-participant.ts';

export const ACCESS_LOG_PAGE_SIZE = 50;

/**
 * The participant's access log, newest first: the first page on mount, further pages on
 * loadMore() through the API's cursor, so entries stay in place while new events arrive.
 */
export function useAccessLog(participantId: string) {
  const base = `${participantPath(participantId)}/access-log?limit=${ACCESS_LOG_PAGE_SIZE}`;
  const first = useApiQuery<AccessLogPage>(base);
  const [later, setLater] = useState<AccessLogPage[]>([]);
  const next = useMutation((cursor: string) =>
    apiFetch<AccessLogPage>(`${base}&cursor=${encodeURIComponent(cursor)}`),
  );

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
