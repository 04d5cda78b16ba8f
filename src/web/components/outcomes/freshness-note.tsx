import { BodyShort } from '@navikt/ds-react';
import { formatDateTime } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/use-t.ts';

interface Freshness {
  refreshedAt: string | null;
  pendingProgrammes: number;
}

/** When the summary tables were last refreshed: the figures are kept, not computed on each visit. */
export function FreshnessNote({ freshness }: { freshness: Freshness }) {
  const { t, lang } = useI18n();
  const o = t.outcomes;
  return (
    <BodyShort size="small" data-testid="freshness">
      {freshness.refreshedAt && o.freshness(formatDateTime(freshness.refreshedAt, lang))}
      {freshness.pendingProgrammes > 0 && ` ${o.pending}`}
    </BodyShort>
  );
}
