import { BodyShort, Button, HStack, Tag, Textarea, VStack } from '@navikt/ds-react';
import { useState } from 'react';
import type { FidelityItem } from '../../domain/fidelity/scale.ts';
import type { ApiError } from '../api/api-error.ts';
import { ApiErrorAlert } from '../components/api-error-alert.tsx';
import { useT } from '../i18n/use-t.ts';
import { ItemFrame } from './item-frame.tsx';
import { ItemRatingFields } from './item-rating-fields.tsx';

export interface ConsensusValue {
  rating: number | null;
  rationale: string;
  recommendation: string;
}

interface Props {
  item: FidelityItem;
  /** Each reviewer's rating and evidence note, by name. */
  ratings: readonly { reviewer: string; rating: number; note: string }[];
  saved: ConsensusValue;
  /** The API's judgement: the ratings differ, or a reviewer left the item unrated. */
  disagreement: boolean;
  readOnly: boolean;
  onSave: (value: ConsensusValue & { rating: number }) => Promise<ApiError | undefined>;
}

/** One item in the consensus: the reviewers' ratings side by side, then the agreed rating, its rationale and a recommendation. */
export function ConsensusItem({ item, ratings, disagreement, saved, readOnly, onSave }: Props) {
  const t = useT();
  const c = t.fidelity.consensus;
  const [value, setValue] = useState(saved);
  const [error, setError] = useState<ApiError | undefined>();
  const [done, setDone] = useState(false);
  const agree = !disagreement;
  const save = async () => {
    if (value.rating === null) return;
    setDone(false);
    const refused = await onSave({ ...value, rating: value.rating });
    setError(refused);
    setDone(!refused);
  };
  return (
    <ItemFrame
      item={item}
      testId={`consensus-${item.key}`}
      aside={
        <Tag size="small" variant={agree ? 'success' : 'warning'}>
          {agree ? c.agreement : c.disagreement}
        </Tag>
      }
    >
      <VStack as="ul" gap="space-4" aria-label={c.reviewerRatings} className="plain-list">
        {ratings.map((r) => (
          <li key={r.reviewer}>
            <BodyShort>
              <strong>{`${r.reviewer}: ${r.rating}`}</strong>
              {r.note && ` – ${r.note}`}
            </BodyShort>
          </li>
        ))}
      </VStack>
      <ItemRatingFields
        item={item}
        rating={value.rating}
        note={value.rationale}
        ratingLabel={c.agreed}
        noteLabel={c.rationale}
        readOnly={readOnly}
        onRating={(rating) => setValue({ ...value, rating })}
        onNote={(rationale) => setValue({ ...value, rationale })}
      />
      <Textarea
        label={c.recommendation}
        value={value.recommendation}
        onChange={(e) => setValue({ ...value, recommendation: e.target.value })}
        readOnly={readOnly}
        minRows={2}
        maxLength={4000}
      />
      {error && <ApiErrorAlert error={error} />}
      {!readOnly && (
        <HStack gap="space-12" align="center">
          <Button
            type="button"
            size="small"
            variant="secondary"
            onClick={save}
            disabled={value.rating === null}
          >
            {c.save}
          </Button>
          {done && (
            <BodyShort size="small" role="status">
              {c.saved}
            </BodyShort>
          )}
        </HStack>
      )}
    </ItemFrame>
  );
}
