import { useParticipant } from '../api/use-participant.ts';
import { LoadingState } from './loading-state.tsx';
import { MySideView } from './my-side-view.tsx';
import { ParticipantLoadError } from './participant-load-error.tsx';

/** Loads the participant's own record for "Min side". */
export function OwnRecord({ participantId }: { participantId: string }) {
  const { data, error, reload } = useParticipant(participantId);
  if (error) return <ParticipantLoadError error={error} onRetry={reload} />;
  if (!data) return <LoadingState />;
  return <MySideView record={data} onReload={reload} />;
}
