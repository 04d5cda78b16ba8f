import { apiFetch } from './api-fetch.ts';
import type { ReassignBody, Reassignment } from './caseload-types.ts';
import { useMutation } from './use-mutation.ts';
import { participantPath } from './use-participant.ts';

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
