import type { ItemList, ParticipantSummary } from './types.ts';
import { useApiQuery } from './use-api-query.ts';

/** The participants the signed-in user may see (own caseload, or the programme's for supervisors). */
export function useParticipantList() {
  return useApiQuery<ItemList<ParticipantSummary>>('/api/participants');
}
