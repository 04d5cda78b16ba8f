import { type CaseworkSettings, caseworkSettings } from '../../domain/casework-settings.ts';
import type { CaseworkSettingsView } from './casework-types.ts';
import { useApiQuery } from './use-api-query.ts';

/** The programme's casework thresholds; the defaults until (or unless) they arrive. */
export function useCaseworkSettings(): CaseworkSettings {
  const { data } = useApiQuery<CaseworkSettingsView>('/api/programme/casework-settings');
  return caseworkSettings(data?.settings);
}
