const days = (n: number) => (n === 1 ? '1 dag' : `${n} dager`);

/** Bokmål texts of this area; the English file has exactly these keys. */
export const caseloadNb = {
  specialistPicker: 'Vis deltakere og oppgaver for',
  noSpecialists: 'Programmet har ingen aktive jobbspesialister.',
  tasks: {
    heading: 'Oppgaver i dag',
    empty: 'Ingen oppgaver nå',
    groups: {
      overdue: 'Forfalt',
      today: 'Forfaller i dag',
      upcoming: 'Forfaller snart',
      undated: 'Uten frist',
    },
    kinds: {
      follow_along_overdue: 'Oppfølging forfalt',
      consent_expiring: 'Samtykke utløper',
      benefits_plan_missing: 'Mangler ytelsesplan',
      rapid_search: 'Hurtig jobbsøk: ingen arbeidsgiverkontakt',
      next_step_due: 'Neste steg forfaller',
    },
    due: (date: string) => `Frist ${date}`,
    noDueDate: 'Ingen frist',
    followAlong: (job: string, lastContact: string | null) =>
      lastContact ? `${job}: siste kontakt ${lastContact}` : `${job}: ingen kontakt etter oppstart`,
    consentValidTo: (date: string) => `Samtykket gjelder til ${date}`,
    benefitsPlanStage: (stage: string) => `Fase: ${stage}`,
    rapidSearch: (n: number) => `${days(n)} siden henvisning`,
  },
  caseload: {
    heading: 'Deltakere',
    tableLabel: 'Deltakere',
    size: (active: number, max: number) => `${active} aktive deltakere av maks ${max}`,
    sizeBar: 'Aktive deltakere mot maks',
    overMax: 'Over maks',
    empty: 'Ingen deltakere ennå.',
    columns: {
      name: 'Navn',
      stage: 'Fase',
      daysSinceLastContact: 'Dager siden siste kontakt',
      daysSinceReferral: 'Dager siden henvisning',
      nextStep: 'Neste steg',
      currentJob: 'Nåværende jobb',
      reassign: 'Flytt til',
    },
    noContact: 'Ingen kontakt ennå',
    nextStepOn: (text: string, date: string) => `${text} (${date})`,
    jobSince: (title: string, type: string, date: string) => `${title}, ${type}, fra ${date}`,
    rapidSearch: (n: number) => `Hurtig jobbsøk: ${days(n)} uten arbeidsgiverkontakt`,
    noShows: (n: number) => `Møtte ikke ${n} ${n === 1 ? 'gang' : 'ganger'} siste 30 dager`,
    priority: 'Prioritert',
    discharged: 'Avsluttet',
  },
  reassign: {
    label: (name: string) => `Ny jobbspesialist for ${name}`,
    choose: 'Velg jobbspesialist',
    submit: 'Flytt',
    required: 'Velg en jobbspesialist.',
    invalid: 'Velg en aktiv jobbspesialist i programmet.',
    moved: (participant: string, specialist: string) => `${participant} er flyttet til ${specialist}.`,
  },
  overview: {
    intro:
      'Saksmengden til hver jobbspesialist mot maks antall deltakere, og hvem som venter i henvisningskøen.',
    chartHeading: 'Saksmengde',
    chartTitle: 'Aktive deltakere per jobbspesialist',
    activeSeries: 'Aktive deltakere',
    anchor: (max: number) => `Maks ${max} (IPS-25)`,
    tableLabel: 'Saksmengde per jobbspesialist',
    columns: {
      specialist: 'Jobbspesialist',
      fte: 'Stillingsprosent',
      active: 'Aktive',
      inWork: 'I arbeid',
      referred: 'Henvist',
    },
    fte: (percent: number) => `${percent} %`,
    unassigned: (n: number) =>
      n === 1
        ? '1 aktiv deltaker har ingen jobbspesialist.'
        : `${n} aktive deltakere har ingen jobbspesialist.`,
    queueHeading: 'Henvisningskø',
    queueIntro: 'Under 30 år står først. Flytt en deltaker til en jobbspesialist med plass.',
    queueLabel: 'Henviste deltakere',
    queueEmpty: 'Ingen venter i henvisningskøen.',
    queueColumns: {
      name: 'Navn',
      referralDate: 'Henvisningsdato',
      track: 'Spor',
      jobSpecialist: 'Jobbspesialist',
      reassign: 'Flytt til',
    },
    priority: 'Under 30 – prioriter',
    noSpecialist: 'Ikke tildelt',
  },
};
