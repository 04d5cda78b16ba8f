import { BodyShort, Heading, VStack } from '@navikt/ds-react';
import type { EmployerContactForParticipant } from '../../api/casework-types.ts';
import { useCodeList } from '../../codes/use-code-list.ts';
import { formatDate } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/use-t.ts';
import type { Facets } from '../../layout/list-filter.ts';
import { AppLink } from '../../router/app-link.tsx';
import { paths } from '../../router/routes.ts';
import { FilteredList } from '../filtered-list.tsx';

const FACETS: Facets<EmployerContactForParticipant> = {
  date: (c) => c.contactDate,
  type: (c) => c.outcome,
  counterpart: (c) => c.employer.id,
};

/** The employers met in the list, by name, to filter on. */
function employerOptions(contacts: EmployerContactForParticipant[]) {
  const byId = new Map(contacts.map((c) => [c.employer.id, c.employer.name]));
  return [...byId]
    .map(([value, label]) => ({ value, label }))
    .sort((a, b) => a.label.localeCompare(b.label, 'nb'));
}

/** Employer contacts made for this participant; read only here, they are logged on the employer's page. */
export function EmployerContactsList({ contacts }: { contacts: EmployerContactForParticipant[] }) {
  const { t, lang } = useI18n();
  const f = t.casework.followAlong;
  const outcomes = useCodeList('employer_contact_outcomes');
  const sorted = [...contacts].sort((a, b) => b.contactDate.localeCompare(a.contactDate));
  return (
    <VStack gap="space-12" as="section" aria-labelledby="employer-contacts-heading">
      <Heading id="employer-contacts-heading" level="3" size="small">
        {f.employerContactsHeading}
      </Heading>
      <BodyShort size="small">{f.employerContactsIntro}</BodyShort>
      {sorted.length === 0 ? (
        <BodyShort className="muted">{f.employerContactsEmpty}</BodyShort>
      ) : (
        <FilteredList
          id="participant-employer-contacts"
          items={sorted}
          facets={FACETS}
          type={{ label: f.outcome, options: outcomes.options }}
          counterpart={{ label: t.casework.jobs.employer, options: employerOptions(sorted) }}
        >
          {(shown) => (
            <VStack as="ul" gap="space-12" className="plain-list">
              {shown.map((c) => (
                <li key={c.id} data-testid="employer-contact-row">
                  <BodyShort weight="semibold">
                    {`${formatDate(c.contactDate, lang)}: `}
                    <AppLink to={paths.employer(c.employer.id)}>{c.employer.name}</AppLink>
                  </BodyShort>
                  <BodyShort>
                    {`${outcomes.label(c.outcome)} · ${c.faceToFace ? f.faceToFace : f.notFaceToFace}`}
                  </BodyShort>
                  {c.nextStep && (
                    <BodyShort size="small">
                      {`${f.nextStep}: ${c.nextStepDate ? f.nextStepOn(c.nextStep, formatDate(c.nextStepDate, lang)) : c.nextStep}`}
                    </BodyShort>
                  )}
                  <BodyShort size="small" className="muted">
                    {f.by(c.jobSpecialist.displayName)}
                  </BodyShort>
                </li>
              ))}
            </VStack>
          )}
        </FilteredList>
      )}
    </VStack>
  );
}
