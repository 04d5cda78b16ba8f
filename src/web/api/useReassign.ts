import { apiFetch } from './apiFetch.ts';
import { useMutation } from './useMutation.ts';
import { participantPath } from './useParticipant.ts';
import type { ReassignBody, Reassignment } from './work-types.ts';

interface Args extends ReassignBody {
  participantId: string;
}

/** Hands a participant to another job specialist (supervisor). */
export function useReassign() {
  return useMutation(({ participantId, jobSpecialistId }: Args) =>
    apiFetch<Reassignment>(`${participantPath(participantId)}/job-specialist`, {
      method: 'PUT',
      body: { jobSpecialistId },
    }),
  );
}
