import type { ItemList, Organisation } from './types.ts';
import { useApiQuery } from './use-api-query.ts';

export function useOrganisations() {
  return useApiQuery<ItemList<Organisation>>('/api/organisations');
}
