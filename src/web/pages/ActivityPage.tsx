import { BodyLong, VStack } from '@navikt/ds-react';
import { PageHeading } from '../components/PageHeading.tsx';
import { ActivityLogView } from '../components/unit/ActivityLogView.tsx';
import { SpecialistPicker } from '../components/unit/SpecialistPicker.tsx';
import { useSpecialistView } from '../components/unit/useSpecialistView.ts';
import { todayInOslo } from '../i18n/format.ts';
import { useT } from '../i18n/useT.ts';

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
