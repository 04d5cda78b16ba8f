import { useParticipant } from '../api/use-participant.ts';
import { LoadingState } from '../components/loading-state.tsx';
import { ParticipantLoadError } from '../components/participant-load-error.tsx';
import { ParticipantView } from '../components/participant-view.tsx';

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
