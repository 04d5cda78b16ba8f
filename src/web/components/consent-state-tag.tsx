import { Tag, type TagProps } from '@navikt/ds-react';
import type { Consent } from '../api/types.ts';
import { useT } from '../i18n/use-t.ts';

const COLOUR: Record<Consent['state'], TagProps['data-color']> = {
  active: 'success',
  withdrawn: 'danger',
  expired: 'warning',
  not_yet_valid: 'info',
};

export function ConsentStateTag({ state }: { state: Consent['state'] }) {
  const t = useT();
  return (
    <Tag size="small" variant="moderate" data-color={COLOUR[state]} data-testid="consent-state">
      {t.consents.states[state]}
    </Tag>
  );
}
