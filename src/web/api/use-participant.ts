import type { ParticipantRecord } from './types.ts';
import { useApiQuery } from './use-api-query.ts';

export function participantPath(id: string): string {
  return `/api/participants/${encodeURIComponent(id)}`;
}

export function useParticipant(id: string) {
  return useApiQuery<ParticipantRecord>(participantPath(id));
}
