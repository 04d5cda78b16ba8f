import { ArrowLeftIcon } from '@navikt/aksel-icons';
import { BodyShort, Heading, VStack } from '@navikt/ds-react';
import { useState } from 'react';
import { useEmployer } from '../api/use-employer.ts';
import { ApiErrorAlert } from '../components/api-error-alert.tsx';
import { ContactPersonsSection } from '../components/ips-unit/contact-persons-section.tsx';
import { EmployerContactForm } from '../components/ips-unit/employer-contact-form.tsx';
import { EmployerContactList } from '../components/ips-unit/employer-contact-list.tsx';
import { EmployerDetails } from '../components/ips-unit/employer-details.tsx';
import { LoadingState } from '../components/loading-state.tsx';
import { PageHeading } from '../components/page-heading.tsx';
import { SavedMessage, useSavedMessage } from '../components/saved-message.tsx';
import { useT } from '../i18n/use-t.ts';
import { AppLink } from '../router/app-link.tsx';
import { paths } from '../router/routes.ts';

/** One employer: details, contact persons, the contacts with it, and recording a new one. */
export function EmployerPage({ id }: { id: string }) {
  const t = useT();
  const employer = useEmployer(id);
  const [recorded, setRecorded] = useState(0);
  const saved = useSavedMessage();

  const back = (
    <AppLink to={paths.employers}>
      <ArrowLeftIcon aria-hidden />
      {t.unit.employer.back}
    </AppLink>
  );
  if (employer.error) {
    return (
      <VStack gap="space-24" align="start">
        {back}
        <PageHeading>{t.unit.employers.title}</PageHeading>
        <ApiErrorAlert error={employer.error} onRetry={employer.reload} />
      </VStack>
    );
  }
  if (!employer.data) return <LoadingState />;
  const { data } = employer;

  return (
    <VStack gap="space-40">
      <VStack gap="space-24" align="start">
        {back}
        <PageHeading>{data.name}</PageHeading>
        <EmployerDetails employer={data} />
      </VStack>
      <ContactPersonsSection employerId={data.id} persons={data.contactPersons} onAdded={employer.reload} />
      <VStack gap="space-16">
        <SavedMessage saved={saved.saved} />
        <EmployerContactForm
          // A new key empties the form after each contact recorded.
          key={recorded}
          employerId={data.id}
          contactPersons={data.contactPersons}
          onRecorded={() => {
            setRecorded((n) => n + 1);
            saved.show(t.unit.contactForm.saved);
            employer.reload();
          }}
        />
      </VStack>
      <VStack as="section" aria-labelledby="employer-contacts-heading" gap="space-16">
        <Heading id="employer-contacts-heading" level="2" size="medium">
          {t.unit.employer.contactsHeading}
        </Heading>
        {data.contacts.length === 0 ? (
          <BodyShort>{t.unit.employer.noContacts}</BodyShort>
        ) : (
          <EmployerContactList contacts={data.contacts} />
        )}
      </VStack>
    </VStack>
  );
}
