/** Bokmål texts of the data steward's research-extract section; the English file has these keys. */
export const stewardExtractsNb = {
  heading: 'Forskningsuttrekk',
  intro:
    'Som leder for programmet er du dataansvarlig for forskningsprosjektene som omfatter det. Et uttrekk er pseudonymisert (ingen navn eller fødselsnummer) og legges i serverens datamappe, der overføringen til det sikre forskningsmiljøet henter det.',
  none: 'Ingen forskningsprosjekter omfatter programmet.',
  tableLabel: 'Forskningsprosjekter som omfatter programmet',
  columns: {
    project: 'Prosjekt',
    approval: 'Godkjenning',
    period: 'Godkjent',
    lastExtract: 'Siste uttrekk',
    action: 'Uttrekk',
  },
  period: (from: string, until: string) => `${from}–${until}`,
  never: 'Ingen ennå',
  make: 'Lag uttrekk',
  makeFor: (title: string) => `Lag uttrekk for ${title}`,
  made: (title: string) => `Uttrekket for ${title} er laget`,
  folder: (folder: string) => `Lagt i datamappen under ${folder}.`,
  manifestLabel: 'Tabeller i uttrekket',
  manifestColumns: { table: 'Tabell', rows: 'Rader' },
  refused: 'Uttrekket ble ikke laget',
  reasons: {
    approval_expired: 'Prosjektets godkjenning er utløpt.',
    approval_not_started: 'Prosjektets godkjenning har ikke startet ennå.',
    data_not_covered: 'Prosjektets rettslige grunnlag dekker ikke dataene.',
    not_project_steward: 'Prosjektet omfatter ikke ditt program.',
    role_not_permitted: 'Bare programlederen kan lage uttrekk.',
  } as Record<string, string>,
};
