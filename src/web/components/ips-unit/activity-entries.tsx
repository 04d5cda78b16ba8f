import { PencilIcon } from '@navikt/aksel-icons';
import { BodyShort, Button, Heading, HStack, VStack } from '@navikt/ds-react';
import { useState } from 'react';
import type { ActivityEntry } from '../../api/ips-unit-types.ts';
import { useCodeList } from '../../codes/use-code-list.ts';
import { formatDate } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/use-t.ts';
import type { Facets } from '../../layout/list-filter.ts';
import { FilteredList } from '../filtered-list.tsx';
import { SavedMessage, useSavedMessage } from '../saved-message.tsx';
import { ActivityCorrectionForm } from './activity-correction-form.tsx';

interface Props {
  /** The entries of the weeks fetched, newest first. */
  entries: ActivityEntry[];
  /** Only one's own entries can be corrected or voided. */
  correctable: boolean;
  onCorrected: () => void;
}

function EntryRow({
  entry,
  correctable,
  onCorrected,
}: {
  entry: ActivityEntry;
  correctable: boolean;
  onCorrected: () => void;
}) {
  const [open, setOpen] = useState(false);
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
        {correctable && !open && (
          <Button
            type="button"
            size="small"
            variant="tertiary"
            icon={<PencilIcon aria-hidden />}
            aria-label={t.unit.activity.correctLabel(text)}
            onClick={() => setOpen(true)}
            data-testid="activity-correct"
          >
            {t.unit.activity.correct}
          </Button>
        )}
      </HStack>
      {open && (
        <ActivityCorrectionForm
          entry={entry}
          what={text}
          onSaved={() => {
            setOpen(false);
            onCorrected();
          }}
          onCancel={() => setOpen(false)}
        />
      )}
    </li>
  );
}

const FACETS: Facets<ActivityEntry> = {
  date: (e) => e.entryDate,
  type: (e) => e.activity,
  counterpart: (e) => e.place,
};

/** The entries of the weeks fetched, newest first, filtered and paged; each corrected or voided by its author. */
export function ActivityEntries({ entries, correctable, onCorrected }: Props) {
  const { t } = useI18n();
  const a = t.unit.activity;
  const corrected = useSavedMessage();
  const places = useCodeList('activity_places');
  const kinds = useCodeList('activity_kinds');
  const onSaved = () => {
    corrected.show(a.corrected);
    onCorrected();
  };

  return (
    <VStack as="section" aria-labelledby="activity-entries-heading" gap="space-16">
      <Heading id="activity-entries-heading" level="2" size="medium">
        {a.entriesHeading}
      </Heading>
      <SavedMessage saved={corrected.saved} />
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
                <EntryRow key={e.id} entry={e} correctable={correctable} onCorrected={onSaved} />
              ))}
            </ul>
          )}
        </FilteredList>
      )}
    </VStack>
  );
}
