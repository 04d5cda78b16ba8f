import { api, call } from './client.ts';
import { useApiQuery } from './use-api-query.ts';

/** The caller's programme and its legal model. */
export function useProgramme() {
  return useApiQuery('/api/programme', (signal) => call(api.GET('/api/programme', { signal })));
}
