import { BodyShort, Select, VStack } from '@navikt/ds-react';
import type { EmployerOption } from '../../api/casework-types.ts';
import { useT } from '../../i18n/use-t.ts';
import { AppLink } from '../../router/app-link.tsx';
import { paths } from '../../router/routes.ts';

interface Props {
  id: string;
  employers: EmployerOption[];
  value: string;
  error: string | undefined;
  onChange: (employerId: string) => void;
}

/** The employer of a job, from the programme's employers; none yet sends the user to register one. */
export function EmployerSelect({ id, employers, value, error, onChange }: Props) {
  const j = useT().casework.jobs;
  const sorted = [...employers].sort((a, b) => a.name.localeCompare(b.name, 'nb'));
  return (
    <VStack gap="space-8">
      <Select
        id={id}
        label={j.employer}
        value={value}
        error={error}
        onChange={(e) => onChange(e.target.value)}
      >
        <option value="">{j.chooseEmployer}</option>
        {sorted.map((e) => (
          <option key={e.id} value={e.id}>
            {`${e.name} (${e.orgNumber})`}
          </option>
        ))}
      </Select>
      {employers.length === 0 && (
        <BodyShort size="small" data-testid="job-no-employers">
          {j.noEmployers} <AppLink to={paths.employers}>{j.toEmployers}</AppLink>
        </BodyShort>
      )}
    </VStack>
  );
}
