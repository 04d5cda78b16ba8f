import { api, call } from './client.ts';
import type { paths } from './schema.ts';
import { useMutation } from './use-mutation.ts';

export type ActivityCorrectionBody =
  paths['/api/activity/{entryId}/corrections']['post']['requestBody']['content']['application/json'];

/** Corrects the minutes of, or voids, one of the caller's own activity entries, with a reason. */
export function useCorrectActivity(entryId: string) {
  return useMutation((body: ActivityCorrectionBody) =>
    call(api.POST('/api/activity/{entryId}/corrections', { params: { path: { entryId } }, body })),
  );
}
