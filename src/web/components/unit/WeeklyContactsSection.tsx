import { Heading, VStack } from '@navikt/ds-react';
import { useT } from '../../i18n/useT.ts';
import { SpecialistPicker } from './SpecialistPicker.tsx';
import { useSpecialistView } from './useSpecialistView.ts';
import { WeeklyContactsChart } from './WeeklyContactsChart.tsx';

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
