import { useParticipant } from '../api/useParticipant.ts';
import { LoadingState } from '../components/LoadingState.tsx';
import { ParticipantLoadError } from '../components/ParticipantLoadError.tsx';
import { ParticipantView } from '../components/ParticipantView.tsx';

export function ParticipantPage({ id }: { id: string }) {
  const { data, error, reload, setData } = useParticipant(id);
  if (error) return <ParticipantLoadError error={error} onRetry={reload} />;
  if (!data) return <LoadingState />;
  return <ParticipantView participant={data} onSaved={setData} onReload={reload} />;
}
