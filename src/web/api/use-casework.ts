import type { Casework } from './casework-types.ts';
import { useApiQuery } from './use-api-query.ts';
import { participantPath } from './use-participant.ts';

export function caseworkPath(participantId: string): string {
  return `${participantPath(participantId)}/casework`;
}

/** Everything of the participant's casework the caller may read; withheld categories come back empty. */
export function useCasework(participantId: string) {
  return useApiQuery<Casework>(caseworkPath(participantId));
}
