import { useCaseworkSettingsView } from '../../api/useCaseworkSettingsView.ts';
import { ApiErrorAlert } from '../ApiErrorAlert.tsx';
import { LoadingState } from '../LoadingState.tsx';
import { CaseworkSettingsForm } from './CaseworkSettingsForm.tsx';

/** "Terskler for oppfølging og kvalitet" on the programme settings page. */
export function CaseworkSettingsSection() {
  const settings = useCaseworkSettingsView();
  if (settings.error) return <ApiErrorAlert error={settings.error} onRetry={settings.reload} />;
  if (!settings.data) return <LoadingState />;
  return <CaseworkSettingsForm view={settings.data} onSaved={settings.setData} />;
}
