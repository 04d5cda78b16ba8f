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
  anonymous: 'Undersøkelsen er anonym: svarene dine lagres uten noe som knytter dem til deg.',
  pseudonymous:
    'Undersøkelsen er pseudonym: svarene dine lagres under et kodenavn som ikke viser hvem du er, men som holder svarene dine sammen i denne undersøkelsen.',
  closes: (date: string) => `Undersøkelsen stenger ${date}. Lenken kan brukes én gang.`,
  likert: ['Helt uenig', 'Uenig', 'Verken enig eller uenig', 'Enig', 'Helt enig'],
  submit: 'Send svarene',
  thanks: 'Takk! Svarene dine er sendt.',
};
