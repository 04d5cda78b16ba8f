/** The demo programme: a believable Nord-Norge IPS cooperation. All people are invented. */
export const DEMO_PASSWORD = 'demo-passord-2026';

export const demoOrganisations = [
  { key: 'nav', name: 'NAV Bodø', kind: 'nav_office', unitType: null },
  { key: 'dps', name: 'Nordlandssykehuset, DPS Salten', kind: 'health_trust_unit', unitType: 'dps' },
  { key: 'fact', name: 'FACT-team Bodø', kind: 'health_trust_unit', unitType: 'fact_team' },
  {
    key: 'rus',
    name: 'Nordlandssykehuset, rusbehandling',
    kind: 'health_trust_unit',
    unitType: 'addiction_service',
  },
  { key: 'kommune', name: 'Bodø kommune, psykisk helse og rus', kind: 'municipality', unitType: null },
  {
    key: 'ressurs',
    name: 'NAV IPS-ressurssenter Nord',
    kind: 'ips_resource_centre',
    unitType: null,
    regionId: 'nord',
  },
  { key: 'navTromso', name: 'NAV Tromsø', kind: 'nav_office', unitType: null },
  { key: 'unn', name: 'UNN, DPS Tromsø', kind: 'health_trust_unit', unitType: 'dps' },
  { key: 'direktorat', name: 'Arbeids- og velferdsdirektoratet', kind: 'nav_office', unitType: null },
] as const;

export type OrgKey = (typeof demoOrganisations)[number]['key'];

export const demoProgrammes = [
  {
    key: 'bodo',
    name: 'IPS Salten',
    region: 'Nord-Norge',
    host: 'nav',
    orgs: ['nav', 'dps', 'fact', 'rus', 'kommune'],
  },
  { key: 'tromso', name: 'IPS Tromsø', region: 'Nord-Norge', host: 'navTromso', orgs: ['navTromso', 'unn'] },
] as const satisfies readonly {
  key: string;
  name: string;
  region: string;
  host: OrgKey;
  orgs: readonly OrgKey[];
}[];

/** IPS Tromsø's first referrals (days before the seed's today): a programme just started. */
export const startingProgrammeReferrals = [
  { givenName: 'Aslak', familyName: 'Nilut', born: 1994, daysAgo: 230 },
  { givenName: 'Hilde', familyName: 'Rasmussen', born: 1983, daysAgo: 150 },
  { givenName: 'Jonatan', familyName: 'Kristiansen', born: 2001, daysAgo: 75 },
] as const;

/** The participant who signs in to see their own record, consents and access log. */
export const demoParticipantUser = {
  username: 'ingrid.deltaker',
  givenName: 'Ingrid',
  familyName: 'Solberg',
  birth: '1997-05-21',
  jobSpecialist: 'kari.jobb',
} as const;

/** Case notes the demo fills the job specialists' records with: work-related, never a diagnosis. */
export const demoNotes = {
  job_plan: [
    'Ønsker jobb i butikk eller lager, 50 % stilling til å begynne med.',
    'Plan: besøke tre arbeidsgivere i uke 12, søke på ledig stilling som kokkelærling.',
    'Mål om fast jobb innen sommeren, vil gjerne jobbe med dyr.',
  ],
  work_health: [
    'Sliter med søvn i perioder; foretrekker arbeid som starter etter kl. 10.',
    'Tåler ikke store folkemengder; ønsker rolig arbeidsplass.',
  ],
  team_discussion: [
    'Drøftet i teammøtet: behandler støtter jobbstart, oppfølging hver uke første måned.',
    'Teamet enige om at jobbsøk kan starte nå, parallelt med behandling.',
  ],
  benefit_status: [
    'Mottar AAP; har fått veiledning om hvordan lønn påvirker utbetalingen.',
    'Mottar sosialhjelp; avtalt gjennomgang med NAV før jobbstart.',
  ],
  employer_contact: [
    'Møtt daglig leder på Coop Bodø, positiv til utplassering.',
    'Ringt Bodø havn om sommerjobb; ny kontakt neste uke.',
  ],
} as const;

export const demoUsers = [
  {
    username: 'kari.jobb',
    displayName: 'Kari Nilsen',
    role: 'job_specialist',
    org: 'nav',
    programme: 'bodo',
  },
  {
    username: 'jonas.jobb',
    displayName: 'Jonas Eriksen',
    role: 'job_specialist',
    org: 'nav',
    programme: 'bodo',
  },
  {
    username: 'sara.jobb',
    displayName: 'Sara Pedersen',
    role: 'job_specialist',
    org: 'dps',
    programme: 'bodo',
  },
  { username: 'marit.leder', displayName: 'Marit Berg', role: 'supervisor', org: 'nav', programme: 'bodo' },
  {
    username: 'per.behandler',
    displayName: 'Per Johansen',
    role: 'clinician',
    org: 'fact',
    programme: 'bodo',
  },
  { username: 'anne.nav', displayName: 'Anne Larsen', role: 'nav_adviser', org: 'nav', programme: 'bodo' },
  {
    username: 'lena.leder',
    displayName: 'Lena Hauge',
    role: 'programme_manager',
    org: 'nav',
    programme: 'bodo',
  },
  {
    username: 'ola.tromso',
    displayName: 'Ola Hansen',
    role: 'job_specialist',
    org: 'navTromso',
    programme: 'tromso',
  },
  { username: 'admin', displayName: 'Systemadministrator', role: 'admin', org: 'ressurs', programme: null },
  // Outcome figures beyond one programme: the resource centre sees region Nord, the directorate all.
  {
    username: 'rita.ressurs',
    displayName: 'Rita Solberg',
    role: 'resource_centre',
    org: 'ressurs',
    programme: null,
  },
  // Fidelity reviewers of the resource centre: they review the region's programmes, not their own.
  { username: 'siri.revisor', displayName: 'Siri Nilsen', role: 'reviewer', org: 'ressurs', programme: null },
  {
    username: 'per.revisor',
    displayName: 'Per Kristiansen',
    role: 'reviewer',
    org: 'ressurs',
    programme: null,
  },
  {
    username: 'nils.direktorat',
    displayName: 'Nils Aasen',
    role: 'national_reader',
    org: 'direktorat',
    programme: null,
  },
  // The researcher: the meta-analysis of published trials, and the register analysis and health
  // economics of her project (ipsnor-nord) on synthetic registers; no participant data.
  {
    username: 'hanne.forsker',
    displayName: 'Hanne Vik',
    role: 'researcher',
    org: 'ressurs',
    programme: null,
  },
] as const;

export const givenNames = [
  'Anders',
  'Ingrid',
  'Mohammed',
  'Silje',
  'Tor',
  'Hanne',
  'Eirik',
  'Nora',
  'Mats',
  'Emma',
  'Stian',
  'Linnea',
  'Kristoffer',
  'Maja',
  'Amir',
  'Thea',
  'Sindre',
  'Julie',
  'Henrik',
  'Sofie',
  'Aslak',
  'Ida',
  'Marius',
  'Elin',
];
export const familyNames = [
  'Andreassen',
  'Karlsen',
  'Johnsen',
  'Olsen',
  'Berntsen',
  'Jakobsen',
  'Mikkelsen',
  'Pettersen',
  'Isaksen',
  'Strand',
  'Hansen',
  'Ali',
  'Nguyen',
  'Solberg',
  'Amundsen',
  'Eriksen',
  'Sara',
  'Aslaksen',
  'Moe',
  'Lund',
];
