import { useCandidates } from '../api/useCandidates.ts';
import { useMeeting } from '../api/useMeeting.ts';
import { ApiErrorAlert } from '../components/ApiErrorAlert.tsx';
import { LoadingState } from '../components/LoadingState.tsx';
import { MeetingView } from '../components/MeetingView.tsx';
import { PageHeading } from '../components/PageHeading.tsx';
import { useT } from '../i18n/useT.ts';

/** A meeting's minutes; the waiting candidates tell which candidate items are still unconverted. */
export function MeetingPage({ id }: { id: string }) {
  const t = useT();
  const minutes = useMeeting(id);
  const candidates = useCandidates();
  const error = minutes.error ?? candidates.error;
  const reload = () => {
    minutes.reload();
    candidates.reload();
  };
  if (error) {
    return (
      <>
        <PageHeading>{t.errors.title}</PageHeading>
        <ApiErrorAlert error={error} onRetry={reload} />
      </>
    );
  }
  if (!minutes.data || !candidates.data) return <LoadingState />;
  return <MeetingView minutes={minutes.data} waiting={candidates.data.items} onChanged={reload} />;
}
