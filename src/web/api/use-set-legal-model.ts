import { api, call } from './client.ts';
import type { LegalModel } from './types.ts';
import { useMutation } from './use-mutation.ts';

export function useSetLegalModel() {
  return useMutation((legalModel: LegalModel) =>
    call(api.PUT('/api/programme/legal-model', { body: { legalModel } })),
  );
}
