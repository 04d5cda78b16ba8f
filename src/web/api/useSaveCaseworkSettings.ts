import { apiFetch } from './apiFetch.ts';
import type { CaseworkSettingsValues, CaseworkSettingsView } from './unit-types.ts';
import { CASEWORK_SETTINGS_PATH } from './useCaseworkSettingsView.ts';
import { useMutation } from './useMutation.ts';

export function useSaveCaseworkSettings() {
  return useMutation((changes: Partial<CaseworkSettingsValues>) =>
    apiFetch<CaseworkSettingsView>(CASEWORK_SETTINGS_PATH, { method: 'PUT', body: changes }),
  );
}
