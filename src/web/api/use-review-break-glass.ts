import { api, call } from './client.ts';
import { useMutation } from './use-mutation.ts';

export function useReviewBreakGlass(id: string) {
  return useMutation((note: string | null) =>
    call(api.POST('/api/break-glass/{id}/review', { params: { path: { id } }, body: { note } })),
  );
}
