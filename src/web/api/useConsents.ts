import type { Consent, ItemList } from './types.ts';
import { useApiQuery } from './useApiQuery.ts';
import { participantPath } from './useParticipant.ts';

export function consentsPath(participantId: string): string {
  return `${participantPath(participantId)}/consents`;
}

/** A participant's consents, each with its version history. */
export function useConsents(participantId: string) {
  return useApiQuery<ItemList<Consent>>(consentsPath(participantId));
}
