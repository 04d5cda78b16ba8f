import { apiFetch } from './api-fetch.ts';
import type { OpenedBreakGlass } from './types.ts';
import { useMutation } from './use-mutation.ts';
import { participantPath } from './use-participant.ts';

/** A supervisor opens the whole record for a limited time, with a reason that is logged and reviewed. */
export function useBreakGlass(participantId: string) {
  return useMutation((reason: string) =>
    apiFetch<OpenedBreakGlass>(`${participantPath(participantId)}/break-glass`, {
      method: 'POST',
      body: { reason },
    }),
  );
}
