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
  anonymous: 'This survey is anonymous: your answers are stored with nothing that links them to you.',
  pseudonymous:
    'This survey is pseudonymous: your answers are stored under a code name that does not show who you are, but keeps your answers together within this survey.',
  closes: (date: string) => `The survey closes on ${date}. The link can be used once.`,
  likert: ['Strongly disagree', 'Disagree', 'Neither agree nor disagree', 'Agree', 'Strongly agree'],
  submit: 'Send the answers',
  thanks: 'Thank you! Your answers have been sent.',
};
