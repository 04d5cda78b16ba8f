import { BodyShort } from '@navikt/ds-react';
import { useState } from 'react';
import type { FidelityItem } from '../../domain/fidelity/scale.ts';
import type { ApiError } from '../api/api-error.ts';
import { ApiErrorAlert } from '../components/api-error-alert.tsx';
import { useT } from '../i18n/use-t.ts';
import { ItemFrame } from './item-frame.tsx';
import { ItemRatingFields } from './item-rating-fields.tsx';

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
    <ItemFrame item={item} testId={`item-${item.key}`}>
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
    </ItemFrame>
  );
}
