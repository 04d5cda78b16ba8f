import { Button } from '@navikt/ds-react';
import { useState } from 'react';
import type { Conversion } from '../api/types.ts';
import { useT } from '../i18n/use-t.ts';
import { ConversionForm } from './conversion-form.tsx';
import { ReferralOptions } from './referral-options.tsx';

interface Props {
  candidate: { id: string; handle: string };
  onConverted: (conversion: Conversion) => void;
}

/** "Registrer samtykke" on a candidate item: opens referral and consent as one form. */
export function ConversionSection({ candidate, onConverted }: Props) {
  const t = useT();
  const [open, setOpen] = useState(false);
  if (!open) {
    return (
      <Button type="button" size="small" onClick={() => setOpen(true)}>
        {t.conversion.open}
      </Button>
    );
  }
  return (
    <ReferralOptions>
      {(options) => (
        <ConversionForm
          candidate={candidate}
          {...options}
          onConverted={onConverted}
          onCancel={() => setOpen(false)}
        />
      )}
    </ReferralOptions>
  );
}
