import { BodyShort, ReadMore, Tag, VStack } from '@navikt/ds-react';
import type { CorrectedEntry } from '../../api/use-corrections.ts';
import { formatDate } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/use-t.ts';

/** A field's value as the history lists it. */
function shown(values: Record<string, unknown> | null): string {
  if (!values) return '—';
  return Object.entries(values)
    .filter(([, v]) => v !== null && v !== '')
    .map(([k, v]) => `${k}: ${String(v)}`)
    .join(', ');
}

/**
 * Says that an entry was corrected or voided (who, when, why), with its history on demand: the
 * original as saved, then each version.
 */
export function CorrectionNote({ entry }: { entry: CorrectedEntry | undefined }) {
  const { t, lang } = useI18n();
  const c = t.casework.corrections;
  const last = entry?.versions[entry.versions.length - 1];
  if (!entry || !last) return null;
  const when = formatDate(last.correctedAt.slice(0, 10), lang);
  return (
    <VStack gap="space-4" data-testid="correction-note">
      <BodyShort size="small">
        <Tag size="xsmall" variant={entry.voided ? 'error' : 'info'}>
          {entry.voided ? c.voided : c.corrected}
        </Tag>{' '}
        {c.byline(last.correctedBy.displayName, when, last.reason)}
      </BodyShort>
      <ReadMore size="small" header={c.history}>
        <VStack as="ol" gap="space-4" className="plain-list">
          <li>{`${c.original}: ${shown(entry.original)}`}</li>
          {entry.versions.map((v) => (
            <li key={v.version}>
              {`${c.version(v.version)} (${v.kind === 'void' ? c.voided : c.corrected}, ${v.correctedBy.displayName}): ${shown(v.values)}`}
            </li>
          ))}
        </VStack>
      </ReadMore>
    </VStack>
  );
}

/** The entries voided, listed where they were so the record still shows what happened to them. */
export function VoidedEntries({ entries }: { entries: CorrectedEntry[] }) {
  const c = useI18n().t.casework.corrections;
  if (entries.length === 0) return null;
  return (
    <VStack gap="space-8" as="section" aria-label={c.voidedHeading} data-testid="voided-entries">
      <BodyShort weight="semibold">{c.voidedHeading}</BodyShort>
      <VStack as="ul" gap="space-8" className="plain-list">
        {entries.map((e) => (
          <li key={e.recordId}>
            <BodyShort size="small">{shown(e.original)}</BodyShort>
            <CorrectionNote entry={e} />
          </li>
        ))}
      </VStack>
    </VStack>
  );
}
