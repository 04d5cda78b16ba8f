import { api, call } from './client.ts';
import type { Body } from './types.ts';
import { useApiQuery } from './use-api-query.ts';
import { useMutation } from './use-mutation.ts';

/** Her phone and e-mail and the work contact details of the people around her. */
export function useContactDetails(participantId: string) {
  return useApiQuery(`/api/participants/${participantId}/contact-details`, (signal) =>
    call(
      api.GET('/api/participants/{id}/contact-details', { params: { path: { id: participantId } }, signal }),
    ),
  );
}

export type ContactDetailsBody = Body<'/api/participants/{id}/contact-details', 'put'>;

/** Changes her contact details (record holders). */
export function useSaveContactDetails(participantId: string) {
  return useMutation((body: ContactDetailsBody) =>
    call(
      api.PUT('/api/participants/{id}/contact-details', { params: { path: { id: participantId } }, body }),
    ),
  );
}
