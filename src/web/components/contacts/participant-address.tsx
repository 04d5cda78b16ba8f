import { BodyShort } from '@navikt/ds-react';
import { protections } from '../../../domain/code-lists.ts';
import { useCodeLabel } from '../../i18n/use-code-label.ts';
import { useT } from '../../i18n/use-t.ts';

/** Her address, or, while she carries protection, why none is shown (none is stored). */
export function ParticipantAddress({
  participant,
}: {
  participant: { address: string | null; protection: string | null };
}) {
  const t = useT().day.contacts;
  const label = useCodeLabel();
  return (
    <BodyShort size="small" data-testid="participant-address">
      {participant.protection
        ? t.addressProtected(label(protections, participant.protection))
        : `${t.address}: ${participant.address ?? t.none}`}
    </BodyShort>
  );
}
