import { Alert, BodyShort, Button, Heading, VStack } from '@navikt/ds-react';
import { useState } from 'react';
import type { ContactPerson } from '../../api/ips-unit-types.ts';
import { useT } from '../../i18n/use-t.ts';
import { ContactPersonForm } from './contact-person-form.tsx';

interface Props {
  employerId: string;
  persons: ContactPerson[];
  onAdded: () => void;
}

function describe(person: ContactPerson): string {
  return [person.title, person.phone, person.email].filter(Boolean).join(' · ');
}

/** The people at the employer the specialists talk to, and a form to add one. */
export function ContactPersonsSection({ employerId, persons, onAdded }: Props) {
  const t = useT();
  const f = t.unit.contactPersons;
  const [adding, setAdding] = useState(false);
  const [added, setAdded] = useState<string | null>(null);

  return (
    <VStack as="section" aria-labelledby="contact-persons-heading" gap="space-16">
      <Heading id="contact-persons-heading" level="2" size="medium">
        {f.heading}
      </Heading>
      {persons.length === 0 ? (
        <BodyShort>{f.empty}</BodyShort>
      ) : (
        <ul className="note-list" data-testid="contact-persons">
          {persons.map((p) => (
            <li key={p.id} className="note">
              <BodyShort weight="semibold">{p.name}</BodyShort>
              {describe(p) && <BodyShort size="small">{describe(p)}</BodyShort>}
            </li>
          ))}
        </ul>
      )}
      {added && (
        <Alert variant="success" size="small" role="status" className="form-column">
          {f.added(added)}
        </Alert>
      )}
      {adding ? (
        <ContactPersonForm
          employerId={employerId}
          onCancel={() => setAdding(false)}
          onAdded={(person) => {
            setAdding(false);
            setAdded(person.name);
            onAdded();
          }}
        />
      ) : (
        <Button
          type="button"
          variant="secondary"
          className="fit-content"
          data-testid="contact-person-add"
          onClick={() => {
            setAdded(null);
            setAdding(true);
          }}
        >
          {f.add}
        </Button>
      )}
    </VStack>
  );
}
