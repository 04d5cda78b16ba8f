import { Button, ErrorMessage, Fieldset, HStack, Select, TextField, VStack } from '@navikt/ds-react';
import { useT } from '../../../i18n/use-t.ts';
import { type DraftItem, nextId } from './draft.ts';
import { ListControls } from './list-controls.tsx';

interface Props {
  item: DraftItem;
  /** "Spørsmål 2 i del 1": names the fieldset and its buttons. */
  name: string;
  /** The item's path in the API's field errors, e.g. "sections.0.items.1". */
  path: string;
  errorAt: (path: string) => string | undefined;
  onChange: (item: DraftItem) => void;
  onMove: (by: number) => void;
  onRemove: () => void;
}

/** One item of the builder: its text, and the scale and end words of a Likert item or the options of a choice. */
export function ItemEditor({ item, name, path, errorAt, onChange, onMove, onRemove }: Props) {
  const t = useT().surveys.builder;
  const set = (patch: Partial<DraftItem>) => onChange({ ...item, ...patch });
  return (
    <Fieldset legend={`${name}: ${t.kinds[item.kind]}`} className="survey-builder-item">
      <VStack gap="space-8">
        <TextField
          label={t.itemText}
          value={item.text}
          onChange={(e) => set({ text: e.target.value })}
          error={errorAt(`${path}.text`)}
        />
        {item.kind === 'likert' && <LikertFields item={item} path={path} errorAt={errorAt} set={set} />}
        {(item.kind === 'single' || item.kind === 'multiple') && (
          <OptionFields item={item} path={path} errorAt={errorAt} set={set} />
        )}
        <ListControls name={name} onMove={onMove} onRemove={onRemove} />
      </VStack>
    </Fieldset>
  );
}

type FieldsProps = Pick<Props, 'item' | 'path' | 'errorAt'> & { set: (patch: Partial<DraftItem>) => void };

function LikertFields({ item, path, errorAt, set }: FieldsProps) {
  const t = useT().surveys.builder;
  return (
    <HStack gap="space-16" wrap>
      <Select
        label={t.scale}
        value={String(item.scale)}
        onChange={(e) => set({ scale: Number(e.target.value) })}
        error={errorAt(`${path}.scale`)}
      >
        {[3, 4, 5, 6, 7, 10].map((n) => (
          <option key={n} value={n}>
            {t.points(n)}
          </option>
        ))}
      </Select>
      <TextField
        label={t.anchorLow}
        value={item.anchorLow}
        onChange={(e) => set({ anchorLow: e.target.value })}
        error={errorAt(`${path}.anchors.low`)}
      />
      <TextField
        label={t.anchorHigh}
        value={item.anchorHigh}
        onChange={(e) => set({ anchorHigh: e.target.value })}
        error={errorAt(`${path}.anchors.high`)}
      />
    </HStack>
  );
}

function OptionFields({ item, path, errorAt, set }: FieldsProps) {
  const t = useT().surveys.builder;
  const options = item.options;
  return (
    <VStack gap="space-8">
      {options.map((o, i) => (
        <HStack key={o.id} gap="space-8" align="end">
          <TextField
            label={t.option(i + 1)}
            value={o.text}
            onChange={(e) =>
              set({ options: options.map((x, j) => (j === i ? { ...x, text: e.target.value } : x)) })
            }
            error={errorAt(`${path}.options.${i}.text`)}
          />
          <Button
            type="button"
            variant="tertiary"
            size="small"
            disabled={options.length <= 2}
            onClick={() => set({ options: options.filter((_, j) => j !== i) })}
          >
            {t.removeOption(i + 1)}
          </Button>
        </HStack>
      ))}
      <div>
        <Button
          type="button"
          variant="secondary"
          size="small"
          onClick={() =>
            set({
              options: [
                ...options,
                {
                  id: nextId(
                    'a',
                    options.map((o) => o.id),
                  ),
                  text: '',
                },
              ],
            })
          }
        >
          {t.addOption}
        </Button>
      </div>
      {errorAt(`${path}.options`) && <ErrorMessage>{errorAt(`${path}.options`)}</ErrorMessage>}
    </VStack>
  );
}
