import { Alert, Button, VStack } from '@navikt/ds-react';
import { useState } from 'react';
import type { RegisterUnit } from '../../api/ips-unit-types.ts';
import { useRegisterLookup } from '../../api/use-register-lookup.ts';
import { orgNumberDigits, orgNumberError } from '../../forms/ips-unit/employer-form.ts';
import { lookupFailure } from '../../forms/ips-unit/register-fill.ts';
import { useT } from '../../i18n/use-t.ts';

interface Props {
  orgNumber: string;
  onFound: (unit: RegisterUnit) => void;
}

type Outcome = { found: boolean; text: string };

/**
 * "Hent fra Enhetsregisteret": fills the employer form from the register. Whatever goes wrong
 * (unknown, deleted, too slow, not configured) is said inline and announced; the form is untouched.
 */
export function RegisterLookup({ orgNumber, onFound }: Props) {
  const t = useT();
  const m = t.unit.employerForm.lookup;
  const lookup = useRegisterLookup();
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const run = async () => {
    setOutcome(null);
    const invalid = orgNumberError(orgNumber, t);
    if (invalid) return setOutcome({ found: false, text: invalid });
    const result = await lookup.run(orgNumberDigits(orgNumber));
    if (!result.ok) return setOutcome({ found: false, text: lookupFailure(result.error, t) });
    onFound(result.value);
    setOutcome({ found: true, text: m.filled(result.value.name) });
  };

  return (
    <VStack gap="space-8">
      <Button
        type="button"
        variant="secondary"
        size="small"
        onClick={run}
        loading={lookup.pending}
        className="fit-content"
        data-testid="employer-lookup"
      >
        {m.button}
      </Button>
      {/* Present before any message, so screen readers announce what arrives in it. */}
      <div aria-live="polite" data-testid="employer-lookup-outcome">
        {outcome && (
          <Alert variant={outcome.found ? 'success' : 'warning'} size="small" inline>
            {outcome.text}
          </Alert>
        )}
      </div>
    </VStack>
  );
}
