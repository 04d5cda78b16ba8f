import { apiFetch } from './apiFetch.ts';
import type { CaseworkSettingsChanges, CaseworkSettingsView } from './unit-types.ts';
import { CASEWORK_SETTINGS_PATH } from './useCaseworkSettingsView.ts';
import { useMutation } from './useMutation.ts';

export function useSaveCaseworkSettings() {
  return useMutation((changes: CaseworkSettingsChanges) =>
    apiFetch<CaseworkSettingsView>(CASEWORK_SETTINGS_PATH, { method: 'PUT', body: changes }),
  );
}
