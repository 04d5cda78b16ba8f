import { useOrganisations } from '../api/use-organisations.ts';
import { byName } from '../forms/sort-options.ts';
import { ApiErrorAlert } from './api-error-alert.tsx';
import { LoadingState } from './loading-state.tsx';
import { RecordConsentForm } from './record-consent-form.tsx';

interface Props {
  participantId: string;
  onRecorded: () => void;
  onCancel: () => void;
}

/** Loads the programme's organisations (the possible recipients), then shows the consent form. */
export function RecordConsentSection(props: Props) {
  const organisations = useOrganisations();
  if (organisations.error)
    return <ApiErrorAlert error={organisations.error} onRetry={organisations.reload} />;
  if (!organisations.data) return <LoadingState />;
  return <RecordConsentForm {...props} organisations={byName(organisations.data.items)} />;
}
