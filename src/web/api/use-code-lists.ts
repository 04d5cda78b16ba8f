import { api, call } from './client.ts';
import { useApiQuery } from './use-api-query.ts';

/** The casework code lists with every entry, retired ones too (the labels in use, and the administrator's editor). */
export function useCodeLists() {
  return useApiQuery('/api/code-lists', (signal) => call(api.GET('/api/code-lists', { signal })));
}
