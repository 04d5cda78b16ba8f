import { useOrganisations } from '../api/useOrganisations.ts';
import { byName } from '../forms/sortOptions.ts';
import { ApiErrorAlert } from './ApiErrorAlert.tsx';
import { LoadingState } from './LoadingState.tsx';
import { RecordConsentForm } from './RecordConsentForm.tsx';

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
