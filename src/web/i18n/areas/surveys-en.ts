import type { surveysNb } from './surveys-nb.ts';

/** English texts of the survey pages. */
export const surveysEn: typeof surveysNb = {
  resultsTitle: 'Survey results',
  respondents: (n: number) => `${n} have answered.`,
  withheld: (k: number) =>
    `Fewer than ${k} have answered. The results are shown once at least ${k} have answered, so that no one can be recognised.`,
  suppressedNote: (k: number) =>
    `"<${k}" means fewer than ${k} answered so, or that the number would reveal such a cell.`,
  answer: 'Answer',
  count: 'Count',
  answered: 'Answered the question',
  freeText: 'Free text is shown only in the research project’s response file.',
  downloadCsv: 'Download CSV',
};
