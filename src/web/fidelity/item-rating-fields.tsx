import { BodyLong, Detail, Radio, RadioGroup, Textarea, VStack } from '@navikt/ds-react';
import type { FidelityItem } from '../../domain/fidelity/scale.ts';
import { useT } from '../i18n/use-t.ts';
import { useFidelityText } from './use-fidelity-text.ts';

interface Props {
  item: FidelityItem;
  rating: number | null;
  note: string;
  onRating: (rating: number) => void;
  onNote: (note: string) => void;
  onNoteDone?: () => void;
  /** What the rating is called here: the reviewer's own, or the agreed one. */
  ratingLabel: string;
  noteLabel: string;
  readOnly?: boolean;
  error?: string;
}

/** One item's definition and its five anchors to choose from, with the note that supports the choice. */
export function ItemRatingFields({
  item,
  rating,
  note,
  onRating,
  onNote,
  onNoteDone,
  ratingLabel,
  noteLabel,
  readOnly,
  error,
}: Props) {
  const t = useT();
  const r = t.fidelity.rating;
  const { lang } = useFidelityText();
  return (
    <VStack gap="space-12">
      <BodyLong size="small" className="text-column">
        {item.definition[lang]}
      </BodyLong>
      <Detail>{`${r.sources}: ${item.sources.map((s) => r.sourceNames[s] ?? s).join(', ')}`}</Detail>
      <RadioGroup
        legend={ratingLabel}
        value={rating === null ? '' : String(rating)}
        onChange={(v: string) => onRating(Number(v))}
        readOnly={readOnly}
        error={error}
      >
        {item.anchors.map((anchor, i) => (
          <Radio key={anchor.nb} value={String(i + 1)}>
            {`${i + 1} – ${anchor[lang]}`}
          </Radio>
        ))}
      </RadioGroup>
      <Textarea
        label={noteLabel}
        value={note}
        onChange={(e) => onNote(e.target.value)}
        onBlur={onNoteDone}
        readOnly={readOnly}
        minRows={2}
        maxLength={4000}
      />
    </VStack>
  );
}
