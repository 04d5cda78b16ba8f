/** Norwegian texts of the survey pages. */
export const surveysNb = {
  resultsTitle: 'Resultater av undersøkelsen',
  respondents: (n: number) => `${n} har svart.`,
  withheld: (k: number) =>
    `Færre enn ${k} har svart. Resultatene vises ikke før minst ${k} har svart, slik at ingen kan kjennes igjen.`,
  suppressedNote: (k: number) =>
    `«<${k}» betyr at færre enn ${k} svarte slik, eller at tallet ville avslørt en slik celle.`,
  answer: 'Svar',
  count: 'Antall',
  answered: 'Svarte på spørsmålet',
  freeText: 'Fritekst vises bare i svarfilen til forskningsprosjektet.',
  downloadCsv: 'Last ned CSV',
};
