import { api, call } from './client.ts';
import { useApiQuery } from './use-api-query.ts';

/** The programme's break-the-glass accesses: those waiting for review, or all. */
export function useBreakGlassList(status: 'unreviewed' | 'all') {
  const query = { status };
  return useApiQuery(`/api/break-glass ${JSON.stringify(query)}`, (signal) =>
    call(api.GET('/api/break-glass', { params: { query }, signal })),
  );
}
