import { useCaseworkSettingsView } from '../../api/use-casework-settings-view.ts';
import { ApiErrorAlert } from '../api-error-alert.tsx';
import { LoadingState } from '../loading-state.tsx';
import { CaseworkSettingsForm } from './casework-settings-form.tsx';

/** "Terskler for oppfølging og kvalitet" on the programme settings page. */
export function CaseworkSettingsSection() {
  const settings = useCaseworkSettingsView();
  if (settings.error) return <ApiErrorAlert error={settings.error} onRetry={settings.reload} />;
  if (!settings.data) return <LoadingState />;
  return <CaseworkSettingsForm view={settings.data} onSaved={settings.setData} />;
}
