import { TrashIcon } from '@navikt/aksel-icons';
import { BodyShort, Button, Heading, HStack, VStack } from '@navikt/ds-react';
import type { ActivityEntry } from '../../api/ips-unit-types.ts';
import { useDeleteActivity } from '../../api/use-delete-activity.ts';
import { useCodeList } from '../../codes/use-code-list.ts';
import { formatDate } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/use-t.ts';
import type { Facets } from '../../layout/list-filter.ts';
import { ApiErrorAlert } from '../api-error-alert.tsx';
import { FilteredList } from '../filtered-list.tsx';
import { SavedMessage, useSavedMessage } from '../saved-message.tsx';

interface Props {
  /** The entries of the weeks fetched, newest first. */
  entries: ActivityEntry[];
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

const FACETS: Facets<ActivityEntry> = {
  date: (e) => e.entryDate,
  type: (e) => e.activity,
  counterpart: (e) => e.place,
};

/** The entries of the weeks fetched, newest first, filtered and paged; each deletable by its author. */
export function ActivityEntries({ entries, deletable, onDeleted }: Props) {
  const { t } = useI18n();
  const a = t.unit.activity;
  const remove = useDeleteActivity();
  const deleted = useSavedMessage();
  const places = useCodeList('activity_places');
  const kinds = useCodeList('activity_kinds');
  const onDelete = async (id: string) => {
    deleted.clear();
    const result = await remove.run(id);
    if (!result.ok) return;
    deleted.show(a.deleted);
    onDeleted();
  };

  return (
    <VStack as="section" aria-labelledby="activity-entries-heading" gap="space-16">
      <Heading id="activity-entries-heading" level="2" size="medium">
        {a.entriesHeading}
      </Heading>
      <SavedMessage saved={deleted.saved} />
      {remove.error && <ApiErrorAlert error={remove.error} />}
      {entries.length === 0 ? (
        <BodyShort>{a.noEntries}</BodyShort>
      ) : (
        <FilteredList
          id="activity-entries"
          items={entries}
          facets={FACETS}
          type={{ label: t.unit.activityForm.activity, options: kinds.options }}
          counterpart={{ label: t.unit.activityForm.place, options: places.options }}
        >
          {(shown) => (
            <ul className="note-list">
              {shown.map((e) => (
                <EntryRow key={e.id} entry={e} deletable={deletable} onDelete={() => onDelete(e.id)} />
              ))}
            </ul>
          )}
        </FilteredList>
      )}
    </VStack>
  );
}
