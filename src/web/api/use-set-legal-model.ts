import { apiFetch } from './api-fetch.ts';
import type { LegalModel, Programme } from './types.ts';
import { useMutation } from './use-mutation.ts';

export function useSetLegalModel() {
  return useMutation((legalModel: LegalModel) =>
    apiFetch<Programme>('/api/programme/legal-model', { method: 'PUT', body: { legalModel } }),
  );
}
