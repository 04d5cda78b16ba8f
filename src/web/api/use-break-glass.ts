import { api, call } from './client.ts';
import { useMutation } from './use-mutation.ts';

/** A supervisor opens the whole record for a limited time, with a reason that is logged and reviewed. */
export function useBreakGlass(participantId: string) {
  return useMutation((reason: string) =>
    call(
      api.POST('/api/participants/{id}/break-glass', {
        params: { path: { id: participantId } },
        body: { reason },
      }),
    ),
  );
}
