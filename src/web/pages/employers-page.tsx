import { Alert, BodyLong, BodyShort, Heading, VStack } from '@navikt/ds-react';
import { useState } from 'react';
import type { EmployerSummary } from '../api/ips-unit-types.ts';
import { useEmployers } from '../api/use-employers.ts';
import { ApiErrorAlert } from '../components/api-error-alert.tsx';
import { EmployerForm } from '../components/ips-unit/employer-form.tsx';
import { EmployerList } from '../components/ips-unit/employer-list.tsx';
import { WeeklyContactsSection } from '../components/ips-unit/weekly-contacts-section.tsx';
import { LoadingState } from '../components/loading-state.tsx';
import { PageHeading } from '../components/page-heading.tsx';
import { useT } from '../i18n/use-t.ts';
import { AppLink } from '../router/app-link.tsx';
import { paths } from '../router/routes.ts';

/** Job development: the programme's employers, a new one, and the weekly contacts against the target. */
export function EmployersPage() {
  const t = useT();
  const employers = useEmployers();
  const [created, setCreated] = useState<{ employer: EmployerSummary; round: number } | null>(null);

  const list = () => {
    if (employers.error) return <ApiErrorAlert error={employers.error} onRetry={employers.reload} />;
    if (!employers.data) return <LoadingState />;
    return <EmployerList items={employers.data.items} />;
  };

  return (
    <VStack gap="space-40">
      <VStack gap="space-16">
        <PageHeading>{t.unit.employers.title}</PageHeading>
        <BodyLong className="text-column">{t.unit.employers.intro}</BodyLong>
      </VStack>
      <WeeklyContactsSection />
      <VStack as="section" aria-labelledby="employer-list-heading" gap="space-16">
        <Heading id="employer-list-heading" level="2" size="medium">
          {t.unit.employers.listHeading}
        </Heading>
        {list()}
      </VStack>
      <VStack gap="space-16">
        {created && (
          <Alert variant="success" role="status" className="form-column">
            <VStack gap="space-8" align="start">
              <BodyShort>{t.unit.employers.created(created.employer.name)}</BodyShort>
              <AppLink to={paths.employer(created.employer.id)}>{t.unit.employers.openCreated}</AppLink>
            </VStack>
          </Alert>
        )}
        <EmployerForm
          // A new key empties the form after each employer registered.
          key={created?.round ?? 0}
          onCreated={(employer) => {
            setCreated((last) => ({ employer, round: (last?.round ?? 0) + 1 }));
            employers.reload();
          }}
        />
      </VStack>
    </VStack>
  );
}
