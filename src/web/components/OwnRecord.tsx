import { useParticipant } from '../api/useParticipant.ts';
import { LoadingState } from './LoadingState.tsx';
import { MySideView } from './MySideView.tsx';
import { ParticipantLoadError } from './ParticipantLoadError.tsx';

/** Loads the participant's own record for "Min side". */
export function OwnRecord({ participantId }: { participantId: string }) {
  const { data, error, reload } = useParticipant(participantId);
  if (error) return <ParticipantLoadError error={error} onRetry={reload} />;
  if (!data) return <LoadingState />;
  return <MySideView record={data} onReload={reload} />;
}
