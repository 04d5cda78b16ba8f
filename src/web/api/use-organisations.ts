import { api, call } from './client.ts';
import { useApiQuery } from './use-api-query.ts';

/** The organisations the caller may name in consents and referrals. */
export function useOrganisations() {
  return useApiQuery('/api/organisations', (signal) => call(api.GET('/api/organisations', { signal })));
}
