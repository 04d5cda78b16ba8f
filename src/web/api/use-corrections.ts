import { api, call } from './client.ts';
import type { paths } from './schema.ts';
import { useApiQuery } from './use-api-query.ts';
import { useMutation } from './use-mutation.ts';

type CorrectionPath = paths['/api/participants/{id}/corrections'];
export type CorrectionBody = CorrectionPath['post']['requestBody']['content']['application/json'];
export type CorrectedEntry =
  CorrectionPath['get']['responses']['200']['content']['application/json']['entries'][number];

/** The participant's corrected and voided entries, each with its original and its versions. */
export function useCorrections(participantId: string) {
  const params = { path: { id: participantId } };
  return useApiQuery(`/api/participants/{id}/corrections ${participantId}`, (signal) =>
    call(api.GET('/api/participants/{id}/corrections', { params, signal })),
  );
}

/** Corrects or voids one saved entry, with a reason. */
export function useCorrect(participantId: string) {
  return useMutation((body: CorrectionBody) =>
    call(api.POST('/api/participants/{id}/corrections', { params: { path: { id: participantId } }, body })),
  );
}
