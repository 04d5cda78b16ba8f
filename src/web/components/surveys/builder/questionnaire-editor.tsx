import { Button, Heading, HStack, Select, TextField, VStack } from '@navikt/ds-react';
import { useState } from 'react';
import { useT } from '../../../i18n/use-t.ts';
import { type DraftSection, type ItemKind, moved, newItem } from './draft.ts';
import { ItemEditor } from './item-editor.tsx';
import { ListControls } from './list-controls.tsx';

const KINDS: ItemKind[] = ['likert', 'single', 'multiple', 'free_text'];

interface Props {
  sections: DraftSection[];
  onChange: (sections: DraftSection[]) => void;
  errorAt: (path: string) => string | undefined;
}

/** Sections of items: add, edit, reorder and remove; the API checks the whole on save. */
export function QuestionnaireEditor({ sections, onChange, errorAt }: Props) {
  const t = useT().surveys.builder;
  const setSection = (i: number, s: DraftSection) => onChange(sections.map((x, j) => (j === i ? s : x)));
  return (
    <VStack gap="space-24">
      {sections.map((section, i) => {
        const name = t.sectionName(i + 1);
        const path = `sections.${i}`;
        return (
          <VStack as="section" key={i} gap="space-16" aria-label={name} className="survey-builder-section">
            <Heading level="2" size="small">
              {name}
            </Heading>
            <ListControls
              name={name}
              onMove={(by) => onChange(moved(sections, i, by))}
              onRemove={() => onChange(sections.filter((_, j) => j !== i))}
            />
            <TextField
              label={t.sectionTitle}
              value={section.title}
              onChange={(e) => setSection(i, { ...section, title: e.target.value })}
              error={errorAt(`${path}.title`) ?? errorAt(`${path}.items`)}
            />
            {section.items.map((item, j) => (
              <ItemEditor
                key={item.id}
                item={item}
                name={t.itemName(j + 1, i + 1)}
                path={`${path}.items.${j}`}
                errorAt={errorAt}
                onChange={(changed) =>
                  setSection(i, { ...section, items: section.items.map((x, k) => (k === j ? changed : x)) })
                }
                onMove={(by) => setSection(i, { ...section, items: moved(section.items, j, by) })}
                onRemove={() => setSection(i, { ...section, items: section.items.filter((_, k) => k !== j) })}
              />
            ))}
            <AddItem
              label={t.addItemTo(name)}
              onAdd={(kind) =>
                setSection(i, { ...section, items: [...section.items, newItem(kind, sections)] })
              }
            />
          </VStack>
        );
      })}
      <div>
        <Button
          type="button"
          variant="secondary"
          onClick={() => onChange([...sections, { title: '', items: [] }])}
        >
          {t.addSection}
        </Button>
      </div>
    </VStack>
  );
}

function AddItem({ label, onAdd }: { label: string; onAdd: (kind: ItemKind) => void }) {
  const t = useT().surveys.builder;
  const [kind, setKind] = useState<ItemKind>('likert');
  return (
    <HStack gap="space-8" align="end">
      <Select label={label} value={kind} onChange={(e) => setKind(e.target.value as ItemKind)}>
        {KINDS.map((k) => (
          <option key={k} value={k}>
            {t.kinds[k]}
          </option>
        ))}
      </Select>
      <Button type="button" variant="secondary" onClick={() => onAdd(kind)}>
        {t.addItem}
      </Button>
    </HStack>
  );
}
