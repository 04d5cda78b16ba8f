import type { ItemList, Team } from './types.ts';
import { useApiQuery } from './use-api-query.ts';

/** The caller's programme's teams: its IPS unit and its treatment teams. */
export function useTeams() {
  return useApiQuery<ItemList<Team>>('/api/teams');
}
