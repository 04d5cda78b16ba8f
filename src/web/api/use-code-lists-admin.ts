import type { CodeListsView } from './ips-unit-types.ts';
import { useApiQuery } from './use-api-query.ts';

/** The casework code lists with every entry, retired ones too, for the administrator to edit. */
export function useCodeListsAdmin() {
  return useApiQuery<CodeListsView>('/api/code-lists');
}
