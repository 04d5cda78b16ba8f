import { api, call } from './client.ts';
import { useApiQuery } from './use-api-query.ts';

/** The participants the signed-in user may see (own caseload, or the programme's for supervisors). */
export function useParticipantList() {
  return useApiQuery('/api/participants', (signal) => call(api.GET('/api/participants', { signal })));
}
