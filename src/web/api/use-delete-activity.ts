import { api, call } from './client.ts';
import { useMutation } from './use-mutation.ts';

export function useDeleteActivity() {
  return useMutation((entryId: string) =>
    call(api.DELETE('/api/activity/{entryId}', { params: { path: { entryId } } })),
  );
}
