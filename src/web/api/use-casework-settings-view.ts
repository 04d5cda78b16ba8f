import type { CaseworkSettingsView } from './ips-unit-types.ts';
import { useApiQuery } from './use-api-query.ts';

export const CASEWORK_SETTINGS_PATH = '/api/programme/casework-settings';

/** The programme's casework thresholds and the defaults they override, for the programme manager to edit. */
export function useCaseworkSettingsView() {
  return useApiQuery<CaseworkSettingsView>(CASEWORK_SETTINGS_PATH);
}
