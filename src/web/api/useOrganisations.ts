import type { ItemList, Organisation } from './types.ts';
import { useApiQuery } from './useApiQuery.ts';

export function useOrganisations() {
  return useApiQuery<ItemList<Organisation>>('/api/organisations');
}
