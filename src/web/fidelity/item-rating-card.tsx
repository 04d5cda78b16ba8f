import { BodyShort, Box, Heading, VStack } from '@navikt/ds-react';
import { useId, useState } from 'react';
import type { FidelityItem } from '../../domain/fidelity/scale.ts';
import type { ApiError } from '../api/api-error.ts';
import { ApiErrorAlert } from '../components/api-error-alert.tsx';
import { useT } from '../i18n/use-t.ts';
import { ItemRatingFields } from './item-rating-fields.tsx';
import { useFidelityText } from './use-fidelity-text.ts';

export interface ItemRating {
  rating: number | null;
  note: string;
}

interface Props {
  item: FidelityItem;
  saved: ItemRating;
  readOnly: boolean;
  /** Saves the rating with its note; resolves to the error when the API refused it. */
  onSave: (value: { rating: number; note: string }) => Promise<ApiError | undefined>;
  children?: React.ReactNode;
}

/**
 * One item on the reviewer's rating page. A choice of anchor is saved at once (with the note as it
 * stands); the note again when the reviewer leaves it, so nothing typed is lost between items.
 */
export function ItemRatingCard({ item, saved, readOnly, onSave, children }: Props) {
  const t = useT();
  const r = t.fidelity.rating;
  const text = useFidelityText();
  const headingId = useId();
  const [value, setValue] = useState(saved);
  const [error, setError] = useState<ApiError | undefined>();
  const [lastSaved, setLastSaved] = useState(saved);
  const [savedNow, setSavedNow] = useState(false);
  const save = async (next: ItemRating) => {
    setValue(next);
    if (next.rating === null) return;
    setSavedNow(false);
    const refused = await onSave({ rating: next.rating, note: next.note });
    setError(refused);
    setSavedNow(!refused);
    if (!refused) setLastSaved(next);
  };
  return (
    <Box
      as="section"
      aria-labelledby={headingId}
      padding="space-16"
      borderWidth="1"
      borderRadius="8"
      data-testid={`item-${item.key}`}
    >
      <VStack gap="space-12">
        <Heading id={headingId} level="3" size="xsmall">
          {text.item(item)}
        </Heading>
        <ItemRatingFields
          item={item}
          rating={value.rating}
          note={value.note}
          ratingLabel={r.anchors}
          noteLabel={r.evidence}
          readOnly={readOnly}
          onRating={(rating) => save({ ...value, rating })}
          onNote={(note) => setValue({ ...value, note })}
          onNoteDone={() => value.note !== lastSaved.note && save(value)}
        />
        {children}
        {error && <ApiErrorAlert error={error} />}
        {savedNow && (
          <BodyShort size="small" role="status">
            {r.saved}
          </BodyShort>
        )}
      </VStack>
    </Box>
  );
}
