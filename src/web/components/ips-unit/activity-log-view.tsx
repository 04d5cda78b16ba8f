import { useState } from 'react';
import { useActivity } from '../../api/use-activity.ts';
import { lastWeeks } from '../../forms/ips-unit/weeks.ts';
import { useT } from '../../i18n/use-t.ts';
import { ApiErrorAlert } from '../api-error-alert.tsx';
import { LoadingState } from '../loading-state.tsx';
import { SavedMessage, useSavedMessage } from '../saved-message.tsx';
import { ActivityEntries } from './activity-entries.tsx';
import { ActivityForm } from './activity-form.tsx';
import { CommunityShareSection } from './community-share-section.tsx';

interface Props {
  /** Null: the caller's own log, with the entry form and deleting. */
  specialistId: string | null;
  today: string;
}

/** One specialist's activity: (for one's own) the entry form, the last four weeks' entries, the community share. */
export function ActivityLogView({ specialistId, today }: Props) {
  const t = useT();
  const own = specialistId === null;
  const period = lastWeeks(today, 4);
  const log = useActivity(specialistId, period.from, period.to);
  const [added, setAdded] = useState(0);
  const saved = useSavedMessage();

  const body = () => {
    if (log.error) return <ApiErrorAlert error={log.error} onRetry={log.reload} />;
    if (!log.data) return <LoadingState />;
    return (
      <>
        <ActivityEntries entries={log.data.entries} correctable={own} onCorrected={log.reload} />
        <CommunityShareSection log={log.data} />
      </>
    );
  };

  return (
    <>
      {own && (
        <>
          <SavedMessage saved={saved.saved} />
          <ActivityForm
            // A new key empties the form after each entry, ready for the next.
            key={added}
            onAdded={() => {
              setAdded((n) => n + 1);
              saved.show(t.unit.activityForm.saved);
              log.reload();
            }}
          />
        </>
      )}
      {body()}
    </>
  );
}
