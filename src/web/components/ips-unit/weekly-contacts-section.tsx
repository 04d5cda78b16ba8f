import { Heading, VStack } from '@navikt/ds-react';
import { useT } from '../../i18n/use-t.ts';
import { SpecialistPicker } from './specialist-picker.tsx';
import { useSpecialistView } from './use-specialist-view.ts';
import { WeeklyContactsChart } from './weekly-contacts-chart.tsx';

/** "My employer contacts per week"; a supervisor chooses whose contacts to see. */
export function WeeklyContactsSection() {
  const t = useT();
  const view = useSpecialistView();
  return (
    <VStack as="section" aria-labelledby="weekly-contacts-heading" gap="space-16">
      <Heading id="weekly-contacts-heading" level="2" size="medium">
        {view.supervises ? t.unit.weekly.heading : t.unit.weekly.headingOwn}
      </Heading>
      {view.supervises && (
        <SpecialistPicker id="weekly-specialist" value={view.specialistId ?? ''} onChange={view.choose} />
      )}
      {view.ready && <WeeklyContactsChart specialistId={view.specialistId} />}
    </VStack>
  );
}
