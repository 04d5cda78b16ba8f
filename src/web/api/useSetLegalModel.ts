import { apiFetch } from './apiFetch.ts';
import type { LegalModel, Programme } from './types.ts';
import { useMutation } from './useMutation.ts';

export function useSetLegalModel() {
  return useMutation((legalModel: LegalModel) =>
    apiFetch<Programme>('/api/programme/legal-model', { method: 'PUT', body: { legalModel } }),
  );
}
