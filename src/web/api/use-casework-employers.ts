import type { EmployerOption } from './casework-types.ts';
import type { ItemList } from './types.ts';
import { useApiQuery } from './use-api-query.ts';

/** The programme's employers, to choose where a job is. */
export function useCaseworkEmployers() {
  return useApiQuery<ItemList<EmployerOption>>('/api/employers');
}
