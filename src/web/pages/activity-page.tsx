import { BodyLong, VStack } from '@navikt/ds-react';
import { ActivityLogView } from '../components/ips-unit/activity-log-view.tsx';
import { SpecialistPicker } from '../components/ips-unit/specialist-picker.tsx';
import { useSpecialistView } from '../components/ips-unit/use-specialist-view.ts';
import { PageHeading } from '../components/page-heading.tsx';
import { todayInOslo } from '../i18n/format.ts';
import { useT } from '../i18n/use-t.ts';

/** The activity log: a job specialist logs their own time; a supervisor looks at a specialist's. */
export function ActivityPage() {
  const t = useT();
  const view = useSpecialistView();
  const today = todayInOslo();
  return (
    <VStack gap="space-40">
      <VStack gap="space-16">
        <PageHeading>{t.unit.activity.title}</PageHeading>
        <BodyLong className="text-column">{t.unit.activity.intro}</BodyLong>
        {view.supervises && (
          <SpecialistPicker id="activity-specialist" value={view.specialistId ?? ''} onChange={view.choose} />
        )}
      </VStack>
      {view.ready && (
        <ActivityLogView key={view.specialistId ?? 'own'} specialistId={view.specialistId} today={today} />
      )}
    </VStack>
  );
}
