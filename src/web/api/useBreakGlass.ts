import { apiFetch } from './apiFetch.ts';
import type { OpenedBreakGlass } from './types.ts';
import { useMutation } from './useMutation.ts';
import { participantPath } from './useParticipant.ts';

/** A supervisor opens the whole record for a limited time, with a reason that is logged and reviewed. */
export function useBreakGlass(participantId: string) {
  return useMutation((reason: string) =>
    apiFetch<OpenedBreakGlass>(`${participantPath(participantId)}/break-glass`, {
      method: 'POST',
      body: { reason },
    }),
  );
}
