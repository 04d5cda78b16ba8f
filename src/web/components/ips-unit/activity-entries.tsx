import { TrashIcon } from '@navikt/aksel-icons';
import { Alert, BodyShort, Button, Heading, HStack, VStack } from '@navikt/ds-react';
import { useState } from 'react';
import type { ActivityEntry } from '../../api/ips-unit-types.ts';
import { useDeleteActivity } from '../../api/use-delete-activity.ts';
import { useCodeList } from '../../codes/use-code-list.ts';
import { formatDate } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/use-t.ts';
import { ApiErrorAlert } from '../api-error-alert.tsx';

interface Props {
  /** This week's entries, newest first. */
  entries: ActivityEntry[];
  today: string;
  /** Only one's own entries can be deleted. */
  deletable: boolean;
  onDeleted: () => void;
}

function EntryRow({
  entry,
  deletable,
  onDelete,
}: {
  entry: ActivityEntry;
  deletable: boolean;
  onDelete: () => void;
}) {
  const { t, lang } = useI18n();
  const places = useCodeList('activity_places');
  const kinds = useCodeList('activity_kinds');
  const text = t.unit.activity.entry(
    places.label(entry.place),
    kinds.label(entry.activity),
    t.unit.common.minutes(entry.minutes),
  );
  return (
    <li className="note" data-testid="activity-row">
      <HStack gap="space-8" justify="space-between" align="center" wrap={false}>
        <VStack gap="space-2">
          <BodyShort>{text}</BodyShort>
          {entry.note && <BodyShort size="small">{entry.note}</BodyShort>}
          <BodyShort size="small" className="muted">
            {formatDate(entry.entryDate, lang)}
          </BodyShort>
        </VStack>
        {deletable && (
          <Button
            type="button"
            size="small"
            variant="tertiary"
            icon={<TrashIcon aria-hidden />}
            aria-label={t.unit.activity.deleteLabel(text)}
            onClick={onDelete}
            data-testid="activity-delete"
          >
            {t.unit.activity.delete}
          </Button>
        )}
      </HStack>
    </li>
  );
}

function EntryGroup({
  heading,
  entries,
  ...rest
}: {
  heading: string;
  entries: ActivityEntry[];
  deletable: boolean;
  onDelete: (id: string) => void;
}) {
  const { t } = useI18n();
  return (
    <VStack gap="space-8">
      <Heading level="3" size="xsmall">
        {heading}
      </Heading>
      {entries.length === 0 ? (
        <BodyShort>{t.unit.activity.noEntries}</BodyShort>
      ) : (
        <ul className="note-list">
          {entries.map((e) => (
            <EntryRow key={e.id} entry={e} deletable={rest.deletable} onDelete={() => rest.onDelete(e.id)} />
          ))}
        </ul>
      )}
    </VStack>
  );
}

/** Today's entries and the rest of this week's, each deletable by its author as a quick correction. */
export function ActivityEntries({ entries, today, deletable, onDeleted }: Props) {
  const { t } = useI18n();
  const remove = useDeleteActivity();
  const [deleted, setDeleted] = useState(false);
  const onDelete = async (id: string) => {
    setDeleted(false);
    const result = await remove.run(id);
    if (!result.ok) return;
    setDeleted(true);
    onDeleted();
  };

  return (
    <VStack as="section" aria-labelledby="activity-entries-heading" gap="space-16">
      <Heading id="activity-entries-heading" level="2" size="medium">
        {t.unit.activity.entriesHeading}
      </Heading>
      {deleted && (
        <Alert variant="success" size="small" role="status" className="form-column">
          {t.unit.activity.deleted}
        </Alert>
      )}
      {remove.error && <ApiErrorAlert error={remove.error} />}
      <EntryGroup
        heading={t.unit.activity.today}
        entries={entries.filter((e) => e.entryDate === today)}
        deletable={deletable}
        onDelete={onDelete}
      />
      <EntryGroup
        heading={t.unit.activity.earlierThisWeek}
        entries={entries.filter((e) => e.entryDate < today)}
        deletable={deletable}
        onDelete={onDelete}
      />
    </VStack>
  );
}
