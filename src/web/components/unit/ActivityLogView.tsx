import { Alert } from '@navikt/ds-react';
import { useState } from 'react';
import { useActivity } from '../../api/useActivity.ts';
import { lastWeeks, mondayOf } from '../../forms/unit/weeks.ts';
import { useT } from '../../i18n/useT.ts';
import { ApiErrorAlert } from '../ApiErrorAlert.tsx';
import { LoadingState } from '../LoadingState.tsx';
import { ActivityEntries } from './ActivityEntries.tsx';
import { ActivityForm } from './ActivityForm.tsx';
import { CommunityShareSection } from './CommunityShareSection.tsx';

interface Props {
  /** Null: the caller's own log, with the entry form and deleting. */
  specialistId: string | null;
  today: string;
}

/** One specialist's activity: (for one's own) the entry form, this week's entries, the community share. */
export function ActivityLogView({ specialistId, today }: Props) {
  const t = useT();
  const own = specialistId === null;
  const period = lastWeeks(today, 4);
  const log = useActivity(specialistId, period.from, period.to);
  const [added, setAdded] = useState(0);
  const monday = mondayOf(today);

  const body = () => {
    if (log.error) return <ApiErrorAlert error={log.error} onRetry={log.reload} />;
    if (!log.data) return <LoadingState />;
    return (
      <>
        <ActivityEntries
          entries={log.data.entries.filter((e) => e.entryDate >= monday)}
          today={today}
          deletable={own}
          onDeleted={log.reload}
        />
        <CommunityShareSection log={log.data} />
      </>
    );
  };

  return (
    <>
      {own && (
        <>
          {added > 0 && (
            <Alert variant="success" role="status" className="form-column">
              {t.unit.activityForm.saved}
            </Alert>
          )}
          <ActivityForm
            // A new key empties the form after each entry, ready for the next.
            key={added}
            onAdded={() => {
              setAdded((n) => n + 1);
              log.reload();
            }}
          />
        </>
      )}
      {body()}
    </>
  );
}
