/**
 * Code lists with stable codes and nb/en labels: the one place for them. The UI and exports read
 * labels from here; the database stores codes only.
 */
export interface Label {
  nb: string;
  en: string;
}

function codeList<const C extends string>(labels: Record<C, Label>) {
  const codes = Object.keys(labels) as C[];
  return { codes: codes as [C, ...C[]], labels };
}

export const roles = codeList({
  job_specialist: { nb: 'Jobbspesialist', en: 'Job specialist' },
  supervisor: { nb: 'IPS-veileder / teamleder', en: 'IPS supervisor' },
  clinician: { nb: 'Behandler', en: 'Clinician' },
  nav_adviser: { nb: 'NAV-veileder', en: 'NAV adviser' },
  reviewer: { nb: 'Fidelitymåler', en: 'Fidelity reviewer' },
  programme_manager: { nb: 'Programleder / region', en: 'Programme manager' },
  researcher: { nb: 'Forsker', en: 'Researcher' },
  resource_centre: { nb: 'IPS-ressurssenter (region)', en: 'IPS resource centre (region)' },
  national_reader: { nb: 'Nasjonal leser (direktorat)', en: 'National reader (directorate)' },
  participant: { nb: 'Deltaker', en: 'Participant' },
  admin: { nb: 'Administrator', en: 'Administrator' },
});
export type Role = (typeof roles.codes)[number];

export const organisationKinds = codeList({
  nav_office: { nb: 'NAV-kontor', en: 'NAV office' },
  health_trust_unit: { nb: 'Helseforetak (enhet)', en: 'Health trust unit' },
  municipality: { nb: 'Kommune', en: 'Municipality' },
  ips_resource_centre: { nb: 'IPS-ressurssenter', en: 'IPS resource centre' },
  research_project: { nb: 'Forskningsprosjekt', en: 'Research project' },
});
export type OrganisationKind = (typeof organisationKinds.codes)[number];

export const healthUnitTypes = codeList({
  dps: { nb: 'DPS', en: 'Community mental health centre (DPS)' },
  act_team: { nb: 'ACT-team', en: 'ACT team' },
  fact_team: { nb: 'FACT-team', en: 'FACT team' },
  addiction_service: { nb: 'Rusbehandling', en: 'Addiction service' },
});

export const referralSources = codeList({
  clinician: { nb: 'Behandler', en: 'Clinician' },
  nav: { nb: 'NAV', en: 'NAV' },
  municipality: { nb: 'Kommune', en: 'Municipality' },
  self: { nb: 'Selvhenvist', en: 'Self-referral' },
  other: { nb: 'Annen', en: 'Other' },
});
export type ReferralSource = (typeof referralSources.codes)[number];

export const legalModels = codeList({
  consent_based: { nb: 'Samtykkebasert', en: 'Consent-based' },
  integrated: { nb: 'Integrert i behandlingsteamet', en: 'Integrated in the treatment team' },
});
export type LegalModel = (typeof legalModels.codes)[number];

export const legalBases = codeList({
  caseload_assignment: {
    nb: 'Tildelt deltakeren i IPS-tjenesten',
    en: 'Assigned to the participant in the IPS service',
  },
  programme_supervision: { nb: 'Faglig ledelse av IPS-programmet', en: 'Supervision of the IPS programme' },
  own_account: { nb: 'Egen brukerkonto', en: 'Own user account' },
  system_operation: { nb: 'Drift av systemet', en: 'Operation of the system' },
  consent: { nb: 'Samtykke fra deltakeren', en: "The participant's consent" },
  health_care_team: {
    nb: 'Helsehjelp i behandlingsteamet (helsepersonelloven § 25)',
    en: 'Health care in the treatment team (Health Personnel Act § 25)',
  },
  data_subject_access: {
    nb: 'Deltakerens rett til innsyn (personvernforordningen art. 15)',
    en: "The participant's right of access (GDPR Art. 15)",
  },
  consent_withdrawal: {
    nb: 'Deltakerens rett til å trekke samtykket (personvernforordningen art. 7 nr. 3)',
    en: "The participant's right to withdraw consent (GDPR Art. 7(3))",
  },
  /** Named by events recorded before access and withdrawal had a basis each; the log keeps them. */
  data_subject_rights: {
    nb: 'Deltakerens rettigheter (personvernforordningen)',
    en: "The participant's rights (GDPR)",
  },
  emergency_access: { nb: 'Nødtilgang («bryte glasset»)', en: 'Emergency access (break the glass)' },
  programme_management: { nb: 'Ledelse av IPS-programmet', en: 'Management of the IPS programme' },
  anonymous_discussion: {
    nb: 'Anonym drøfting uten personopplysninger',
    en: 'Anonymous discussion without personal data',
  },
  aggregate_statistics: {
    nb: 'Aggregerte resultater med små tall skjult',
    en: 'Aggregate outcomes with small counts suppressed',
  },
  quality_review: {
    nb: 'Fidelitymåling av IPS-programmet (kvalitetsgjennomgang)',
    en: 'Fidelity review of the IPS programme (quality review)',
  },
});
export type LegalBasis = (typeof legalBases.codes)[number];

export const purposes = codeList({
  ips_follow_up: { nb: 'Oppfølging i IPS', en: 'IPS follow-up' },
  supervision: { nb: 'Veiledning og kvalitet', en: 'Supervision and quality' },
  sign_in: { nb: 'Innlogging', en: 'Sign-in' },
  own_data: { nb: 'Innsyn i egne opplysninger', en: 'Access to own data' },
  programme_management: { nb: 'Ledelse av programmet', en: 'Programme management' },
  outcome_reporting: { nb: 'Resultatrapportering', en: 'Outcome reporting' },
  fidelity_review: { nb: 'Fidelitymåling', en: 'Fidelity review' },
  retention: { nb: 'Sletting etter lagringstid', en: 'Deletion after the retention period' },
  audit_verification: { nb: 'Kontroll av tilgangsloggen', en: 'Audit log verification' },
  system_administration: { nb: 'Systemadministrasjon', en: 'System administration' },
});
export type Purpose = (typeof purposes.codes)[number];

/**
 * What a stored item about a participant is about. Every item belongs to one category, and consent
 * is given per category. Identity (name, fødselsnummer, referral) is shared with whoever a consent
 * covers for any category: a job plan cannot be shared without saying whose it is.
 */
export const dataCategories = codeList({
  identity: { nb: 'Identitet og henvisning', en: 'Identity and referral' },
  work_health: { nb: 'Arbeidsrelevante helseopplysninger', en: 'Work-related health information' },
  team_discussion: { nb: 'Drøfting i behandlingsteamet', en: 'Treatment-team discussion' },
  benefit_status: { nb: 'Ytelsesstatus fra NAV', en: 'NAV benefit status' },
  job_plan: { nb: 'Jobbplan og jobbstatus', en: 'Job plan and job status' },
  employer_contact: { nb: 'Kontakt med arbeidsgivere', en: 'Contact with employers' },
  employer_disclosure: {
    nb: 'Opplysninger til arbeidsgiver om helse',
    en: 'Disclosure of health to employers',
  },
});
export type DataCategory = (typeof dataCategories.codes)[number];

/** Categories a consent can name (identity follows from any of them). */
export const consentCategories = dataCategories.codes.filter((c) => c !== 'identity') as Exclude<
  DataCategory,
  'identity'
>[];
export type ConsentCategory = (typeof consentCategories)[number];

/** Categories a case note can be filed under (disclosure to employers is a permission, not a note). */
export const noteCategories = [
  'work_health',
  'team_discussion',
  'benefit_status',
  'job_plan',
  'employer_contact',
] as const satisfies readonly DataCategory[];
export type NoteCategory = (typeof noteCategories)[number];

export const consentPurposes = codeList({
  ips_follow_up: { nb: 'Oppfølging i IPS: arbeid og behandling', en: 'IPS follow-up: work and treatment' },
});
export type ConsentPurpose = (typeof consentPurposes.codes)[number];

export const consentGivenHow = codeList({
  written: { nb: 'Skriftlig', en: 'Written' },
  oral: { nb: 'Muntlig', en: 'Oral' },
});

export const ageBands = codeList({
  '16_20': { nb: '16–20 år', en: '16–20 years' },
  '21_25': { nb: '21–25 år', en: '21–25 years' },
  '26_30': { nb: '26–30 år', en: '26–30 years' },
  '31_40': { nb: '31–40 år', en: '31–40 years' },
  '41_50': { nb: '41–50 år', en: '41–50 years' },
  '51_67': { nb: '51–67 år', en: '51–67 years' },
});
export type AgeBand = (typeof ageBands.codes)[number];

export const workWishes = codeList({
  ordinary_work: { nb: 'Ønsker ordinært arbeid', en: 'Wants ordinary work' },
  education: { nb: 'Ønsker utdanning', en: 'Wants education' },
  part_time: { nb: 'Ønsker deltidsjobb', en: 'Wants part-time work' },
  return_to_trade: { nb: 'Vil tilbake til tidligere yrke', en: 'Wants to return to a former trade' },
  first_job: { nb: 'Ønsker sin første jobb', en: 'Wants a first job' },
  explore: { nb: 'Vil utforske muligheter', en: 'Wants to explore options' },
});
export type WorkWish = (typeof workWishes.codes)[number];

// Casework. Codes are stable; an administrator may relabel them and retire or add codes where the
// list is marked extensible in CASEWORK_LISTS (src/domain/code-list-overrides.ts merges the changes).

export const stages = codeList({
  referred: { nb: 'Henvist', en: 'Referred' },
  first_meeting: { nb: 'Første møte', en: 'First meeting' },
  career_profile: { nb: 'Karriereprofil', en: 'Career profile' },
  job_search: { nb: 'Jobbsøk', en: 'Job search' },
  in_work: { nb: 'I arbeid (oppfølging)', en: 'In work (follow-along)' },
  paused: { nb: 'Pause', en: 'Paused' },
  discharged: { nb: 'Avsluttet', en: 'Discharged' },
});
export type Stage = (typeof stages.codes)[number];

export const tracks = codeList({
  standard: { nb: 'IPS', en: 'IPS' },
  ips_ung: { nb: 'IPS ung (16–30 år)', en: 'IPS youth (16–30)' },
});
export type Track = (typeof tracks.codes)[number];

export const dischargeReasons = codeList({
  in_work: { nb: 'I arbeid', en: 'In work' },
  in_education: { nb: 'I utdanning', en: 'In education' },
  transferred_ips: { nb: 'Overført til annen IPS-tjeneste', en: 'Transferred to another IPS service' },
  transferred_nav_measure: { nb: 'Overført til annet NAV-tiltak', en: 'Transferred to another NAV measure' },
  no_longer_wants_work: { nb: 'Ønsker ikke lenger arbeid', en: 'No longer wants work' },
  disability_pension: { nb: 'Uføretrygd uten arbeid', en: 'Disability pension without work' },
  lost_contact: {
    nb: 'Avbrutt behandling eller kontakt',
    en: 'Dropped out of treatment or contact',
  },
  moved: { nb: 'Flyttet', en: 'Moved' },
  died: { nb: 'Død', en: 'Died' },
  other: { nb: 'Annet', en: 'Other' },
});

export const benefitTypes = codeList({
  aap: { nb: 'Arbeidsavklaringspenger (AAP)', en: 'Work assessment allowance (AAP)' },
  uforetrygd: { nb: 'Uføretrygd', en: 'Disability pension' },
  sykepenger: { nb: 'Sykepenger', en: 'Sickness benefit' },
  kvalifiseringsstonad: { nb: 'Kvalifiseringsstønad', en: 'Qualification benefit' },
  sosialhjelp: { nb: 'Økonomisk sosialhjelp', en: 'Social assistance' },
  dagpenger: { nb: 'Dagpenger', en: 'Unemployment benefit' },
  tiltakspenger: { nb: 'Tiltakspenger', en: 'Measures allowance' },
  overgangsstonad: { nb: 'Overgangsstønad', en: 'Transitional benefit' },
  bostotte: { nb: 'Bostøtte', en: 'Housing allowance' },
  other: { nb: 'Annen ytelse', en: 'Other benefit' },
});

export const employmentTypes = codeList({
  ordinary_competitive: { nb: 'Ordinært arbeid', en: 'Ordinary competitive work' },
  competitive_wage_subsidy: {
    nb: 'Ordinært arbeid med lønnstilskudd',
    en: 'Competitive work with wage subsidy',
  },
  work_practice: { nb: 'Arbeidstrening / arbeidspraksis', en: 'Work practice' },
  sheltered_vta: { nb: 'Varig tilrettelagt arbeid (VTA)', en: 'Sheltered work (VTA)' },
  volunteering: { nb: 'Frivillig arbeid', en: 'Volunteering' },
  education: { nb: 'Utdanning', en: 'Education' },
});
export type EmploymentType = (typeof employmentTypes.codes)[number];

export const wageTypes = codeList({
  hourly: { nb: 'Timelønn', en: 'Hourly wage' },
  monthly: { nb: 'Månedslønn', en: 'Monthly salary' },
  unpaid: { nb: 'Ulønnet', en: 'Unpaid' },
  other: { nb: 'Annen lønnsform', en: 'Other' },
});

export const jobEndReasons = codeList({
  better_job: { nb: 'Sluttet for en bedre jobb', en: 'Left for a better job' },
  dissatisfied: { nb: 'Sluttet, misfornøyd med jobben', en: 'Left, dissatisfied with the job' },
  health: { nb: 'Sluttet av helsegrunner', en: 'Left for health reasons' },
  dismissed_performance: { nb: 'Oppsagt, arbeidsutførelse', en: 'Dismissed, performance' },
  dismissed_other: { nb: 'Oppsagt, annen grunn', en: 'Dismissed, other reason' },
  temporary_ended: { nb: 'Midlertidig stilling utløp', en: 'Temporary job ended' },
  workplace_closed: { nb: 'Nedbemanning eller nedleggelse', en: 'Redundancy or closure' },
  education: { nb: 'Begynte på utdanning', en: 'Started education' },
  moved: { nb: 'Flyttet', en: 'Moved' },
  other: { nb: 'Annet', en: 'Other' },
});

/** STYRK-08 sub-major groups (two digits); an administrator may add unit groups (four digits). */
export const occupations = codeList({
  '11': { nb: 'Politikere og ledere i offentlig og privat sektor', en: 'Chief executives and legislators' },
  '12': { nb: 'Administrative og forretningsmessige ledere', en: 'Administrative and commercial managers' },
  '13': { nb: 'Ledere av produksjon og tjenesteyting', en: 'Production and specialised services managers' },
  '14': {
    nb: 'Ledere innen hotell, varehandel og tjenesteyting',
    en: 'Hospitality, retail and services managers',
  },
  '21': { nb: 'Realister og sivilingeniører', en: 'Science and engineering professionals' },
  '22': { nb: 'Helsefagarbeid, høyere nivå', en: 'Health professionals' },
  '23': { nb: 'Undervisningsyrker', en: 'Teaching professionals' },
  '24': { nb: 'Yrker innen økonomi og administrasjon', en: 'Business and administration professionals' },
  '25': { nb: 'IKT-rådgivere', en: 'ICT professionals' },
  '26': {
    nb: 'Juridiske, sosialfaglige og kulturelle yrker',
    en: 'Legal, social and cultural professionals',
  },
  '31': { nb: 'Ingeniører og teknikere', en: 'Science and engineering associate professionals' },
  '32': { nb: 'Helsearbeidere', en: 'Health associate professionals' },
  '33': { nb: 'Yrker innen økonomi og kontor, høyskolenivå', en: 'Business and administration associates' },
  '34': {
    nb: 'Juridiske, sosiale, kulturelle og idrettsrelaterte yrker',
    en: 'Legal, social, cultural and sports associates',
  },
  '35': { nb: 'IKT-teknikere', en: 'ICT technicians' },
  '41': { nb: 'Allmenne kontorarbeidere', en: 'General and keyboard clerks' },
  '42': { nb: 'Kundeservicemedarbeidere', en: 'Customer services clerks' },
  '43': { nb: 'Økonomi- og lagermedarbeidere', en: 'Numerical and material recording clerks' },
  '44': { nb: 'Andre funksjonærer', en: 'Other clerical support workers' },
  '51': { nb: 'Servicefag', en: 'Personal service workers' },
  '52': { nb: 'Salgsyrker', en: 'Sales workers' },
  '53': { nb: 'Omsorgsarbeidere', en: 'Personal care workers' },
  '54': { nb: 'Sikkerhetspersonale', en: 'Protective services workers' },
  '61': { nb: 'Markedsrettet jordbruk, skogbruk og fiske', en: 'Market-oriented agricultural workers' },
  '62': { nb: 'Skogbruk, fiske og fangst', en: 'Forestry, fishery and hunting workers' },
  '71': { nb: 'Byggearbeidere', en: 'Building and related trades workers' },
  '72': { nb: 'Metallarbeidere og mekanikere', en: 'Metal, machinery and related trades workers' },
  '73': { nb: 'Håndverkere og grafikere', en: 'Handicraft and printing workers' },
  '74': { nb: 'Elektrikere og elektronikere', en: 'Electrical and electronics trades workers' },
  '75': { nb: 'Næringsmiddel-, tre- og tekstilarbeid', en: 'Food, wood and garment trades workers' },
  '81': { nb: 'Operatører av stasjonære maskiner', en: 'Stationary plant and machine operators' },
  '82': { nb: 'Montører', en: 'Assemblers' },
  '83': { nb: 'Førere av transportmidler', en: 'Drivers and mobile plant operators' },
  '91': { nb: 'Renholdere og hjelpearbeidere', en: 'Cleaners and helpers' },
  '92': { nb: 'Hjelpearbeidere i landbruk og fiske', en: 'Agricultural, forestry and fishery labourers' },
  '93': {
    nb: 'Hjelpearbeidere i industri, bygg og transport',
    en: 'Labourers in mining, construction and transport',
  },
  '94': { nb: 'Hjelpearbeidere i matproduksjon', en: 'Food preparation assistants' },
  '95': { nb: 'Gatesalgs- og servicearbeid', en: 'Street and related sales and service workers' },
  '96': { nb: 'Renovasjon og andre hjelpearbeidere', en: 'Refuse workers and other elementary workers' },
});

export const employerContactOutcomes = codeList({
  meeting_booked: { nb: 'Avtalt nytt møte', en: 'Follow-up meeting booked' },
  opening_identified: { nb: 'Fant en mulig stilling', en: 'Possible job found' },
  interview: { nb: 'Intervju avtalt for deltaker', en: 'Interview arranged for a participant' },
  hired: { nb: 'Deltaker ansatt', en: 'Participant hired' },
  no_opening: { nb: 'Ingen ledige stillinger nå', en: 'No openings now' },
  information: { nb: 'Informasjon om IPS', en: 'Information about IPS' },
  declined: { nb: 'Ikke interessert', en: 'Not interested' },
});

export const contactCounterparts = codeList({
  participant: { nb: 'Deltaker', en: 'Participant' },
  employer: { nb: 'Arbeidsgiver', en: 'Employer' },
  treatment_team: { nb: 'Behandlingsteam', en: 'Treatment team' },
  nav: { nb: 'NAV', en: 'NAV' },
  network: { nb: 'Familie og nettverk', en: 'Family and network' },
});
export type ContactCounterpart = (typeof contactCounterparts.codes)[number];

export const contactModes = codeList({
  face_to_face: { nb: 'Ansikt til ansikt', en: 'Face to face' },
  phone: { nb: 'Telefon', en: 'Phone' },
  video: { nb: 'Video', en: 'Video' },
  message: { nb: 'Melding', en: 'Message' },
});
export type ContactMode = (typeof contactModes.codes)[number];

/** A contact attempt counts too: no one is discharged for missed appointments without outreach. */
export const contactOutcomes = codeList({
  held: { nb: 'Gjennomført', en: 'Held' },
  outreach_attempt: { nb: 'Oppsøkende forsøk, ikke nådd', en: 'Outreach attempt, not reached' },
  no_show: { nb: 'Møtte ikke', en: 'Did not attend' },
});
export type ContactOutcome = (typeof contactOutcomes.codes)[number];

export const disclosurePreferences = codeList({
  undecided: { nb: 'Ikke bestemt', en: 'Undecided' },
  no_disclosure: { nb: 'Vil ikke fortelle om helse', en: 'Does not want to disclose' },
  partial: { nb: 'Vil fortelle noe', en: 'Partial disclosure' },
  full: { nb: 'Vil fortelle åpent', en: 'Full disclosure' },
});

export const supportKinds = codeList({
  regular_checkins: { nb: 'Faste samtaler', en: 'Regular check-ins' },
  workplace_adjustment: { nb: 'Tilrettelegging på arbeidsplassen', en: 'Workplace adjustment' },
  employer_support: { nb: 'Støtte til arbeidsgiver', en: 'Support for the employer' },
  travel_support: { nb: 'Hjelp med reise til jobb', en: 'Help with travel to work' },
  benefits_follow_up: { nb: 'Oppfølging av ytelser', en: 'Benefits follow-up' },
  health_coordination: { nb: 'Samordning med behandling', en: 'Coordination with treatment' },
  skills_training: { nb: 'Opplæring i jobben', en: 'Skills training on the job' },
  peer_support: { nb: 'Likepersonstøtte', en: 'Peer support' },
  other: { nb: 'Annet', en: 'Other' },
});

export const activityPlaces = codeList({
  community: { nb: 'Ute i samfunnet', en: 'In the community' },
  office: { nb: 'Kontor', en: 'Office' },
  team_meeting: { nb: 'Teammøte', en: 'Team meeting' },
  travel: { nb: 'Reise', en: 'Travel' },
});
export type ActivityPlace = (typeof activityPlaces.codes)[number];

export const activityKinds = codeList({
  participant_meeting: { nb: 'Møte med deltaker', en: 'Meeting with a participant' },
  employer_contact: { nb: 'Arbeidsgiverkontakt', en: 'Employer contact' },
  follow_along: { nb: 'Oppfølging i jobb', en: 'Follow-along' },
  team_meeting: { nb: 'Teammøte', en: 'Team meeting' },
  documentation: { nb: 'Dokumentasjon', en: 'Documentation' },
  supervision: { nb: 'Veiledning', en: 'Supervision' },
  travel: { nb: 'Reise', en: 'Travel' },
  other: { nb: 'Annet', en: 'Other' },
});

export const workforceEndReasons = codeList({
  new_job_elsewhere: { nb: 'Ny jobb et annet sted', en: 'New job elsewhere' },
  internal_move: { nb: 'Ny rolle i samme virksomhet', en: 'New role in the same organisation' },
  workload: { nb: 'Arbeidsbelastning', en: 'Workload' },
  end_of_funding: { nb: 'Prosjektet eller finansieringen tok slutt', en: 'End of project or funding' },
  retirement: { nb: 'Pensjon', en: 'Retirement' },
  other: { nb: 'Annet', en: 'Other' },
});
