import { BodyShort, Heading, VStack } from '@navikt/ds-react';
import type { EmployerContactForParticipant } from '../../api/casework-types.ts';
import { useCodeList } from '../../codes/use-code-list.ts';
import { formatDate } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/use-t.ts';
import { AppLink } from '../../router/app-link.tsx';
import { paths } from '../../router/routes.ts';

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
        <VStack as="ul" gap="space-12" className="plain-list">
          {sorted.map((c) => (
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
    </VStack>
  );
}
