import { type CaseworkSettings, caseworkSettings } from '../../domain/casework-settings.ts';
import { useCaseworkSettingsView } from './use-casework-settings-view.ts';

/** The programme's casework thresholds; the defaults until (or unless) they arrive. */
export function useCaseworkSettings(): CaseworkSettings {
  return caseworkSettings(useCaseworkSettingsView().data?.settings);
}
