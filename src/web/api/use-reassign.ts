import type { ReassignBody } from './caseload-types.ts';
import { api, call } from './client.ts';
import { useMutation } from './use-mutation.ts';

interface Args extends ReassignBody {
  participantId: string;
}

/** Hands a participant to another job specialist (supervisor). */
export function useReassign() {
  return useMutation(({ participantId, jobSpecialistId }: Args) =>
    call(
      api.PUT('/api/participants/{id}/job-specialist', {
        params: { path: { id: participantId } },
        body: { jobSpecialistId },
      }),
    ),
  );
}
