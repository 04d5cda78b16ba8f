import { Heading, VStack } from '@navikt/ds-react';
import { useT } from '../../i18n/use-t.ts';
import { useCurrentUser } from '../../session/session-context.ts';
import { SpecialistPicker } from '../specialist-picker.tsx';
import { WeeklyContactsChart } from './weekly-contacts-chart.tsx';

/** "My employer contacts per week"; a supervisor chooses whose contacts to see. */
export function WeeklyContactsSection() {
  const t = useT();
  const supervises = useCurrentUser().role === 'supervisor';
  return (
    <VStack as="section" aria-labelledby="weekly-contacts-heading" gap="space-16">
      <Heading id="weekly-contacts-heading" level="2" size="medium">
        {supervises ? t.unit.weekly.heading : t.unit.weekly.headingOwn}
      </Heading>
      {supervises ? (
        <SpecialistPicker id="weekly-specialist" label={t.unit.common.viewSpecialist}>
          {(id) => <WeeklyContactsChart key={id} specialistId={id} />}
        </SpecialistPicker>
      ) : (
        <WeeklyContactsChart specialistId={null} />
      )}
    </VStack>
  );
}
