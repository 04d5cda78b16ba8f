import type { ItemList, StaffMember } from './types.ts';
import { useApiQuery } from './use-api-query.ts';

/** The caller's programme's staff who take part in team meetings. */
export function useStaff() {
  return useApiQuery<ItemList<StaffMember>>('/api/staff');
}
