import type { Programme } from './types.ts';
import { useApiQuery } from './use-api-query.ts';

/** The caller's programme and its legal model. */
export function useProgramme() {
  return useApiQuery<Programme>('/api/programme');
}
