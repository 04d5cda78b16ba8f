import { apiFetch } from './api-fetch.ts';
import type { CaseworkSettingsChanges, CaseworkSettingsView } from './ips-unit-types.ts';
import { CASEWORK_SETTINGS_PATH } from './use-casework-settings-view.ts';
import { useMutation } from './use-mutation.ts';

export function useSaveCaseworkSettings() {
  return useMutation((changes: CaseworkSettingsChanges) =>
    apiFetch<CaseworkSettingsView>(CASEWORK_SETTINGS_PATH, { method: 'PUT', body: changes }),
  );
}
