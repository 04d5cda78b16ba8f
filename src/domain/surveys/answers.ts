import type { FieldError } from '../field-error.ts';
import { itemsOf, likertValues, type SurveyItem, type SurveySection } from './questionnaire.ts';

/** One response: item id → a Likert value, an option id, option ids, or free text. Items may be skipped. */
export type Answer = number | string | string[];
export type Answers = Record<string, Answer>;

const MAX_FREE_TEXT = 4000;

function optionIds(item: SurveyItem): Set<string> {
  return new Set('options' in item ? item.options.map((o) => o.id) : []);
}

function answerProblem(item: SurveyItem, answer: Answer, path: string): string | null {
  switch (item.kind) {
    case 'likert': {
      const values = likertValues(item);
      return typeof answer === 'number' && values.includes(answer)
        ? null
        : `${path} must be a whole number 1–${values.length}`;
    }
    case 'single':
      return typeof answer === 'string' && optionIds(item).has(answer)
        ? null
        : `${path} must be one of the options`;
    case 'multiple': {
      const ids = optionIds(item);
      const ok =
        Array.isArray(answer) && new Set(answer).size === answer.length && answer.every((a) => ids.has(a));
      return ok ? null : `${path} must be distinct options of the item`;
    }
    case 'free_text':
      return typeof answer === 'string' && answer.length <= MAX_FREE_TEXT
        ? null
        : `${path} must be text of at most ${MAX_FREE_TEXT} characters`;
  }
}

/** Every broken rule of a response against its questionnaire version: unknown items, values out of range. */
export function answerProblems(
  sections: readonly SurveySection[],
  answers: Answers,
  path = 'answers',
): FieldError[] {
  const items = new Map(itemsOf(sections).map((i) => [i.id, i]));
  return Object.entries(answers).flatMap(([id, answer]) => {
    const at = `${path}.${id}`;
    const item = items.get(id);
    const message = item ? answerProblem(item, answer, at) : `${at} is not an item of this questionnaire`;
    return message ? [{ path: at, message }] : [];
  });
}
