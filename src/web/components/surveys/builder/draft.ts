import type { QuestionnaireSections } from '../../../api/use-survey-builder.ts';

/** The builder's working copy of a questionnaire: every field a string or list the form edits. */
export type ItemKind = 'likert' | 'single' | 'multiple' | 'free_text';

export interface DraftItem {
  id: string;
  kind: ItemKind;
  text: string;
  scale: number;
  anchorLow: string;
  anchorHigh: string;
  options: { id: string; text: string }[];
}

export interface DraftSection {
  title: string;
  items: DraftItem[];
}

/** The next free id of the form `${prefix}${n}`, so ids stay unique and stable across versions. */
export function nextId(prefix: string, taken: readonly string[]): string {
  const numbers = taken.map((id) => Number(id.slice(prefix.length))).filter((n) => Number.isInteger(n));
  return `${prefix}${Math.max(0, ...numbers) + 1}`;
}

export function newItem(kind: ItemKind, sections: readonly DraftSection[]): DraftItem {
  const taken = sections.flatMap((s) => s.items.map((i) => i.id));
  const choice = kind === 'single' || kind === 'multiple';
  return {
    id: nextId('q', taken),
    kind,
    text: '',
    scale: 5,
    anchorLow: '',
    anchorHigh: '',
    options: choice
      ? [
          { id: 'a1', text: '' },
          { id: 'a2', text: '' },
        ]
      : [],
  };
}

/** Moves the element at `from` by `by` places (−1 up, 1 down); out of range leaves the list as it was. */
export function moved<T>(list: readonly T[], from: number, by: number): T[] {
  const to = from + by;
  if (to < 0 || to >= list.length) return [...list];
  const out = [...list];
  const [element] = out.splice(from, 1);
  out.splice(to, 0, element as T);
  return out;
}

function toItem(d: DraftItem): QuestionnaireSections[number]['items'][number] {
  if (d.kind === 'likert') {
    const anchors = d.anchorLow || d.anchorHigh ? { low: d.anchorLow, high: d.anchorHigh } : undefined;
    return { id: d.id, kind: 'likert', text: d.text, scale: d.scale, ...(anchors ? { anchors } : {}) };
  }
  if (d.kind === 'free_text') return { id: d.id, kind: 'free_text', text: d.text };
  return { id: d.id, kind: d.kind, text: d.text, options: d.options };
}

export function toSections(draft: readonly DraftSection[]): QuestionnaireSections {
  return draft.map((s) => ({ title: s.title, items: s.items.map(toItem) }));
}

export function fromSections(sections: QuestionnaireSections): DraftSection[] {
  return sections.map((s) => ({
    title: s.title,
    items: s.items.map((i) => ({
      id: i.id,
      kind: i.kind,
      text: i.text,
      scale: i.kind === 'likert' ? (i.scale ?? 5) : 5,
      anchorLow: i.kind === 'likert' ? (i.anchors?.low ?? '') : '',
      anchorHigh: i.kind === 'likert' ? (i.anchors?.high ?? '') : '',
      options: 'options' in i ? i.options : [],
    })),
  }));
}
