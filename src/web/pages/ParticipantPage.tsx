import { useParticipant } from '../api/useParticipant.ts';
import { LoadingState } from '../components/LoadingState.tsx';
import { ParticipantLoadError } from '../components/ParticipantLoadError.tsx';
import { ParticipantView } from '../components/ParticipantView.tsx';

export function ParticipantPage({ id }: { id: string }) {
  const { data, error, reload, setData } = useParticipant(id);
  if (error) return <ParticipantLoadError error={error} onRetry={reload} />;
  if (!data) return <LoadingState />;
  return (
    <ParticipantView
      record={data}
      // A change returns the details only; the notes and what is withheld stay as they were.
      onSaved={(participant) => setData({ ...data, ...participant })}
      onReload={reload}
    />
  );
}
