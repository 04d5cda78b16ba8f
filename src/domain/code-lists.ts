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
  data_subject_rights: {
    nb: 'Deltakerens innsynsrett (GDPR art. 15)',
    en: "The data subject's right of access",
  },
  emergency_access: { nb: 'Nødtilgang («bryte glasset»)', en: 'Emergency access (break the glass)' },
  programme_management: { nb: 'Ledelse av IPS-programmet', en: 'Management of the IPS programme' },
  anonymous_discussion: {
    nb: 'Anonym drøfting uten personopplysninger',
    en: 'Anonymous discussion without personal data',
  },
});
export type LegalBasis = (typeof legalBases.codes)[number];

export const purposes = codeList({
  ips_follow_up: { nb: 'Oppfølging i IPS', en: 'IPS follow-up' },
  supervision: { nb: 'Veiledning og kvalitet', en: 'Supervision and quality' },
  sign_in: { nb: 'Innlogging', en: 'Sign-in' },
  own_data: { nb: 'Innsyn i egne opplysninger', en: 'Access to own data' },
  programme_management: { nb: 'Ledelse av programmet', en: 'Programme management' },
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
