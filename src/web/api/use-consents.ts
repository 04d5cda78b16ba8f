import type { Consent, ItemList } from './types.ts';
import { useApiQuery } from './use-api-query.ts';
import { participantPath } from './use-participant.ts';

export function consentsPath(participantId: string): string {
  return `${participantPath(participantId)}/consents`;
}

/** A participant's consents, each with its version history. */
export function useConsents(participantId: string) {
  return useApiQuery<ItemList<Consent>>(consentsPath(participantId));
}
