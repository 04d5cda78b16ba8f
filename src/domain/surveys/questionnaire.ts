import type { FieldError } from '../field-error.ts';

/**
 * A questionnaire's items (nb text): Likert 1–scale (5 when not given) with optional words for its
 * two ends, single choice, multiple choice, free text.
 */
export type SurveyItem =
  | { id: string; kind: 'likert'; text: string; scale?: number; anchors?: LikertAnchors }
  | { id: string; kind: 'single' | 'multiple'; text: string; options: ChoiceOption[] }
  | { id: string; kind: 'free_text'; text: string };

export interface ChoiceOption {
  id: string;
  text: string;
}

export interface LikertAnchors {
  low: string;
  high: string;
}

export interface SurveySection {
  title: string;
  items: SurveyItem[];
}

export const DEFAULT_LIKERT_SCALE = 5;
export const MIN_LIKERT_SCALE = 2;
export const MAX_LIKERT_SCALE = 11;
export const ITEM_KINDS = ['likert', 'single', 'multiple', 'free_text'] as const;
const ID = /^[a-z0-9_-]{1,40}$/;
const MAX_TEXT = 500;
const MAX_OPTIONS = 20;

function textProblems(text: string, path: string): FieldError[] {
  const length = text.trim().length;
  if (length === 0 || length > MAX_TEXT)
    return [{ path, message: `${path} must be 1–${MAX_TEXT} characters` }];
  return [];
}

function idProblems(id: string, seen: Set<string>, path: string): FieldError[] {
  if (!ID.test(id)) return [{ path, message: `${path} must be 1–40 of a–z, 0–9, _ and -` }];
  if (seen.has(id)) return [{ path, message: `${path} "${id}" is used twice` }];
  seen.add(id);
  return [];
}

function optionProblems(options: readonly ChoiceOption[], path: string): FieldError[] {
  if (options.length < 2 || options.length > MAX_OPTIONS) {
    return [{ path, message: `${path} must have 2–${MAX_OPTIONS} options` }];
  }
  const seen = new Set<string>();
  return options.flatMap((o, i) => [
    ...idProblems(o.id, seen, `${path}.${i}.id`),
    ...textProblems(o.text, `${path}.${i}.text`),
  ]);
}

/** The values of a Likert item: 1 to its scale length. */
export function likertValues(item: { scale?: number }): number[] {
  return Array.from({ length: item.scale ?? DEFAULT_LIKERT_SCALE }, (_, i) => i + 1);
}

function likertProblems(item: Extract<SurveyItem, { kind: 'likert' }>, path: string): FieldError[] {
  const scale = item.scale ?? DEFAULT_LIKERT_SCALE;
  const problems: FieldError[] =
    Number.isInteger(scale) && scale >= MIN_LIKERT_SCALE && scale <= MAX_LIKERT_SCALE
      ? []
      : [
          {
            path: `${path}.scale`,
            message: `${path}.scale must be a whole number ${MIN_LIKERT_SCALE}–${MAX_LIKERT_SCALE}`,
          },
        ];
  if (item.anchors) {
    problems.push(
      ...textProblems(item.anchors.low, `${path}.anchors.low`),
      ...textProblems(item.anchors.high, `${path}.anchors.high`),
    );
  }
  return problems;
}

function itemProblems(item: SurveyItem, seen: Set<string>, path: string): FieldError[] {
  const own = [...idProblems(item.id, seen, `${path}.id`), ...textProblems(item.text, `${path}.text`)];
  if (item.kind === 'single' || item.kind === 'multiple')
    own.push(...optionProblems(item.options, `${path}.options`));
  if (item.kind === 'likert') own.push(...likertProblems(item, path));
  return own;
}

/** Every broken rule of a questionnaire version: sections with items, item ids unique across it. */
export function questionnaireProblems(sections: readonly SurveySection[], path = 'sections'): FieldError[] {
  if (sections.length === 0) return [{ path, message: `${path} must have at least one section` }];
  const seen = new Set<string>();
  return sections.flatMap((s, i) => {
    const at = `${path}.${i}`;
    const items: FieldError[] =
      s.items.length === 0
        ? [{ path: `${at}.items`, message: `${at}.items must have at least one item` }]
        : s.items.flatMap((item, j) => itemProblems(item, seen, `${at}.items.${j}`));
    return [...textProblems(s.title, `${at}.title`), ...items];
  });
}

export function itemsOf(sections: readonly SurveySection[]): SurveyItem[] {
  return sections.flatMap((s) => s.items);
}
