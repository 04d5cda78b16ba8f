/** Bokmål building blocks for the demo's career profiles and support plans: work, never a diagnosis. */

export const PAST_JOBS = [
  {
    employer: 'Dagligvarebutikk i Bodø',
    title: 'Butikkmedarbeider',
    whatWorked: 'Likte kundekontakten og faste rutiner.',
  },
  { employer: 'Fiskebruk i Lofoten', title: 'Sesongarbeider', whatWorked: 'Trivdes med fysisk arbeid.' },
  { employer: 'Barnehage i Bodø', title: 'Vikar', whatWorked: 'Likte barna, men vaktene var uforutsigbare.' },
  { employer: 'Lager i Fauske', title: 'Lagerarbeider', whatWorked: 'Klare oppgaver og få folk rundt seg.' },
  { employer: 'Hotell i Bodø sentrum', title: 'Romassistent', whatWorked: 'Likte å jobbe selvstendig.' },
  {
    employer: 'Bilverksted på Rønvik',
    title: 'Lærling',
    whatWorked: 'Interessert i faget; sluttet etter ett år.',
  },
  { employer: 'Kafé på Stormyra', title: 'Kafémedarbeider', whatWorked: 'Trivdes i et lite team.' },
  {
    employer: 'Transportfirma i Salten',
    title: 'Sjåførassistent',
    whatWorked: 'Likte å være ute og på farten.',
  },
] as const;

export const SCHOOLS = [
  { school: 'Videregående skole i Bodø', programme: 'Restaurant- og matfag', completed: false },
  { school: 'Videregående skole i Fauske', programme: 'Helse- og oppvekstfag', completed: true },
  { school: 'Videregående skole i Bodø', programme: 'Studiespesialisering', completed: true },
  { school: 'Videregående skole i Bodø', programme: 'Teknologi- og industrifag', completed: false },
  { school: 'Folkehøgskole i Nordland', programme: 'Friluftsliv', completed: true },
  { school: 'Universitetet i Bodø', programme: 'Årsstudium i samfunnsfag', completed: false },
] as const;

export const EDUCATION_GOALS = [
  'Vil ta fagbrev som helsefagarbeider.',
  'Ønsker å fullføre videregående som privatist.',
  'Vurderer fagskole innen helse og oppvekst.',
];

export const INTERESTS = [
  'matlaging',
  'friluftsliv',
  'fiske',
  'data og spill',
  'dyr',
  'musikk',
  'trening',
  'bil og motor',
  'håndarbeid',
  'foto',
];

export const STRENGTHS = [
  'punktlig',
  'god med folk',
  'praktisk anlagt',
  'nøyaktig',
  'arbeidsom',
  'rolig',
  'lærer fort',
  'god til å samarbeide',
];

export const PLACES = ['Bodø sentrum', 'Bodø', 'Mørkved', 'Fauske', 'Rognan', 'Løding', 'Saltstraumen'];

export const OTHER_WISHES = [
  'Ønsker å begynne etter kl. 10.',
  'Vil helst ikke jobbe i helgene.',
  'Trenger et arbeidssted med god bussforbindelse.',
  'Ønsker et rolig arbeidsmiljø.',
];

/** What the participant learnt from a job, by the reason it ended. */
export const LEARNT_BY_END_REASON: Record<string, string> = {
  temporary_ended: 'Trivdes; vikariatet gikk ut. Vil gjerne ha noe lignende.',
  dissatisfied: 'Oppgavene var for ensformige; vil ha mer variasjon.',
  health: 'For mange timer for tidlig; neste jobb bør starte med færre timer.',
  dismissed_other: 'Lite opplæring i starten; trenger tettere oppfølging neste gang.',
};

export const SUPPORTS: Record<string, { description: string; first: string; later: string }> = {
  regular_checkins: {
    description: 'Samtale med jobbspesialisten',
    first: 'hver uke',
    later: 'annenhver uke',
  },
  employer_support: {
    description: 'Jobbspesialisten har jevnlig kontakt med nærmeste leder',
    first: 'hver uke',
    later: 'hver måned',
  },
  workplace_adjustment: {
    description: 'Faste arbeidstider og faste oppgaver den første tiden',
    first: 'første måned',
    later: 'ved behov',
  },
  travel_support: {
    description: 'Hjelp til å planlegge reisen til jobb',
    first: 'første uke',
    later: 'ved behov',
  },
  benefits_follow_up: {
    description: 'Gå gjennom lønn og ytelser med NAV etter første lønning',
    first: 'etter første lønning',
    later: 'hver tredje måned',
  },
  health_coordination: {
    description: 'Kort orientering til behandler om arbeidstiden',
    first: 'hver måned',
    later: 'hver måned',
  },
  skills_training: {
    description: 'Opplæring sammen med en fadder på arbeidsplassen',
    first: 'første måned',
    later: 'ved behov',
  },
};
