import { api, call } from './client.ts';
import { useApiQuery } from './use-api-query.ts';

/** The caller's programme's teams: its IPS unit and its treatment teams. */
export function useTeams() {
  return useApiQuery('/api/teams', (signal) => call(api.GET('/api/teams', { signal })));
}
