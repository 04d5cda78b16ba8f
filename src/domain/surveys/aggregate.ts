import { type Cell, checkedThreshold, suppressCount, suppressList } from '../outcomes/suppression.ts';
import type { Answers } from './answers.ts';
import { itemsOf, likertValues, type SurveyItem, type SurveySection } from './questionnaire.ts';

/**
 * Survey results leave only as counts with k respondents per cell (the outcomes module's rule,
 * suppression.ts). With fewer than k respondents in all, nothing but that fact is shown: even a 0
 * beside a withheld total would tell what every respondent answered.
 */
export interface ItemAggregate {
  itemId: string;
  kind: SurveyItem['kind'];
  /** Likert values "1"–"n" or option ids; none for free text, which is never aggregated. */
  categories: string[];
  cells: Cell[];
  answered: Cell;
}

export type SurveyAggregate =
  | { withheld: false; respondents: number; threshold: number; items: ItemAggregate[] }
  | { withheld: true; threshold: number };

function categoriesOf(item: SurveyItem): string[] {
  if (item.kind === 'likert') return likertValues(item).map(String);
  return 'options' in item ? item.options.map((o) => o.id) : [];
}

function chosen(answer: unknown): string[] {
  if (Array.isArray(answer)) return answer.map(String);
  return answer === undefined ? [] : [String(answer)];
}

function itemAggregate(item: SurveyItem, responses: readonly Answers[], k: number): ItemAggregate {
  const categories = categoriesOf(item);
  const given = responses.map((r) => r[item.id]).filter((a) => a !== undefined);
  const counts = categories.map((c) => given.filter((a) => chosen(a).includes(c)).length);
  const base = { itemId: item.id, kind: item.kind, categories };
  if (item.kind !== 'multiple') {
    const list = suppressList(counts, k);
    return {
      ...base,
      cells: item.kind === 'free_text' ? [] : list.cells,
      answered: suppressCount(given.length, k),
    };
  }
  // Options of a multiple choice do not add up to the answers: each is chosen or not, both sides k.
  const cells = counts.map((n) => suppressList([n, given.length - n], k).cells[0] as Cell);
  return { ...base, cells, answered: suppressCount(given.length, k) };
}

export function aggregateSurvey(
  sections: readonly SurveySection[],
  responses: readonly Answers[],
  k: number,
): SurveyAggregate {
  if (responses.length < checkedThreshold(k)) return { withheld: true, threshold: k };
  const items = itemsOf(sections).map((item) => itemAggregate(item, responses, k));
  return { withheld: false, respondents: responses.length, threshold: k, items };
}
