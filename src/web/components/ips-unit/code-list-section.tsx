import { Alert, BodyShort, Heading, HStack, Tag, VStack } from '@navikt/ds-react';
import { useState } from 'react';
import type { CaseworkListName } from '../../../domain/code-list-overrides.ts';
import type { CodeListEntry } from '../../api/ips-unit-types.ts';
import { useT } from '../../i18n/use-t.ts';
import { AddCodeForm } from './add-code-form.tsx';
import { CodeEntryRow } from './code-entry-row.tsx';

interface Props {
  name: CaseworkListName;
  extensible: boolean;
  entries: CodeListEntry[];
  onChanged: () => void;
}

/** One casework list: its codes editable in place, and a new code where the list may grow. */
export function CodeListSection({ name, extensible, entries, onChanged }: Props) {
  const t = useT();
  const c = t.unit.codeLists;
  const [added, setAdded] = useState<{ code: string; round: number } | null>(null);
  const headingId = `code-list-${name}-heading`;

  return (
    <VStack as="section" aria-labelledby={headingId} gap="space-16" data-testid={`code-list-${name}`}>
      <HStack gap="space-12" align="center">
        <Heading id={headingId} level="2" size="medium">
          {c.names[name]}
        </Heading>
        <Tag size="small" variant="moderate" data-color={extensible ? 'info' : 'neutral'}>
          {extensible ? c.extensible : c.fixed}
        </Tag>
      </HStack>
      {!extensible && <BodyShort className="text-column">{c.fixedDescription}</BodyShort>}
      <ul className="note-list">
        {entries.map((entry) => (
          <CodeEntryRow
            key={entry.code}
            list={name}
            extensible={extensible}
            entry={entry}
            onSaved={onChanged}
          />
        ))}
      </ul>
      {added && (
        <Alert variant="success" size="small" role="status" className="form-column">
          {c.saved(added.code)}
        </Alert>
      )}
      {extensible && (
        <AddCodeForm
          key={added?.round ?? 0}
          list={name}
          existing={entries.map((e) => e.code)}
          onAdded={(code) => {
            setAdded((last) => ({ code, round: (last?.round ?? 0) + 1 }));
            onChanged();
          }}
        />
      )}
    </VStack>
  );
}
