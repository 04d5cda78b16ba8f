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
});
export type LegalBasis = (typeof legalBases.codes)[number];

export const purposes = codeList({
  ips_follow_up: { nb: 'Oppfølging i IPS', en: 'IPS follow-up' },
  supervision: { nb: 'Veiledning og kvalitet', en: 'Supervision and quality' },
  sign_in: { nb: 'Innlogging', en: 'Sign-in' },
  audit_verification: { nb: 'Kontroll av tilgangsloggen', en: 'Audit log verification' },
  system_administration: { nb: 'Systemadministrasjon', en: 'System administration' },
});
export type Purpose = (typeof purposes.codes)[number];
