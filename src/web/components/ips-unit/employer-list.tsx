import { BodyShort, Search, VStack } from '@navikt/ds-react';
import { useState } from 'react';
import type { EmployerSummary } from '../../api/ips-unit-types.ts';
import { filterEmployers } from '../../forms/ips-unit/employer-form.ts';
import { useT } from '../../i18n/use-t.ts';
import { EmployersTable } from './employers-table.tsx';

/** The employers with a search box that narrows the table as one types. */
export function EmployerList({ items }: { items: EmployerSummary[] }) {
  const t = useT();
  const [search, setSearch] = useState('');
  const shown = filterEmployers(items, search);
  if (items.length === 0) return <BodyShort>{t.unit.employers.empty}</BodyShort>;
  return (
    <VStack gap="space-16">
      <form role="search" onSubmit={(event) => event.preventDefault()} className="form-column">
        <Search
          label={t.unit.employers.search}
          description={t.unit.employers.searchDescription}
          hideLabel={false}
          variant="simple"
          value={search}
          onChange={setSearch}
          data-testid="employer-search"
        />
      </form>
      {shown.length === 0 ? (
        <BodyShort role="status">{t.unit.employers.noMatch}</BodyShort>
      ) : (
        <EmployersTable items={shown} />
      )}
    </VStack>
  );
}
