import { BodyLong, VStack } from '@navikt/ds-react';
import { ActivityLogView } from '../components/ips-unit/activity-log-view.tsx';
import { PageHeading } from '../components/page-heading.tsx';
import { SpecialistPicker } from '../components/specialist-picker.tsx';
import { todayInOslo } from '../i18n/format.ts';
import { useT } from '../i18n/use-t.ts';
import { useCurrentUser } from '../session/session-context.ts';

/** The activity log: a job specialist logs their own time; a supervisor looks at a specialist's. */
export function ActivityPage() {
  const t = useT();
  const supervises = useCurrentUser().role === 'supervisor';
  const today = todayInOslo();
  // null: the caller's own (the API's default).
  const log = (specialistId: string | null) => (
    <ActivityLogView key={specialistId ?? 'own'} specialistId={specialistId} today={today} />
  );
  return (
    <VStack gap="space-40">
      <VStack gap="space-16">
        <PageHeading>{t.unit.activity.title}</PageHeading>
        <BodyLong className="text-column">{t.unit.activity.intro}</BodyLong>
      </VStack>
      {supervises ? (
        <SpecialistPicker id="activity-specialist" label={t.unit.common.viewSpecialist}>
          {log}
        </SpecialistPicker>
      ) : (
        log(null)
      )}
    </VStack>
  );
}
