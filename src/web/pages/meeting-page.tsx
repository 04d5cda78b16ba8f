import { useCandidates } from '../api/use-candidates.ts';
import { useMeeting } from '../api/use-meeting.ts';
import { ApiErrorAlert } from '../components/api-error-alert.tsx';
import { LoadingState } from '../components/loading-state.tsx';
import { MeetingView } from '../components/meeting-view.tsx';
import { PageHeading } from '../components/page-heading.tsx';
import { useT } from '../i18n/use-t.ts';

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
