import { Detail } from '@navikt/ds-react';
import type { PersonRef } from '../../api/casework-types.ts';
import { formatDateTime } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/use-t.ts';

/** Who recorded something and when; a change the system made itself has no person. */
export function Byline({ person, at }: { person: PersonRef | null; at: string }) {
  const { t, lang } = useI18n();
  const when = formatDateTime(at, lang);
  return (
    <Detail className="muted">
      {person ? t.casework.byline(person.displayName, when) : t.casework.recorded(when)}
    </Detail>
  );
}
