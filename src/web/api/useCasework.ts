import type { Casework } from './casework-types.ts';
import { useApiQuery } from './useApiQuery.ts';
import { participantPath } from './useParticipant.ts';

export function caseworkPath(participantId: string): string {
  return `${participantPath(participantId)}/casework`;
}

/** Everything of the participant's casework the caller may read; withheld categories come back empty. */
export function useCasework(participantId: string) {
  return useApiQuery<Casework>(caseworkPath(participantId));
}
