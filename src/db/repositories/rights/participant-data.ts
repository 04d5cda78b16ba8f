import { type RawBuilder, sql } from 'kysely';
import {
  benefitTypes,
  contactCounterparts,
  contactModes,
  contactOutcomes,
  dataCategories,
  dischargeReasons,
  employerContactOutcomes,
  employmentTypes,
  jobEndReasons,
  type Label,
  occupations,
  stages,
  wageTypes,
} from '../../../domain/code-lists.ts';
import { correctionLabels, FREE_TEXT_COLUMNS } from '../../../domain/corrections.ts';
import {
  code,
  date,
  type ExportColumn,
  employerName,
  json,
  number,
  text,
  time,
  userName,
  yesNo,
} from './export-columns.ts';

/**
 * Every table that holds a reference to a participant, directly or through a parent row, with how
 * its rows reach the participant's export (GDPR art. 15/20) and what erasure (art. 17) does to them.
 * The JSON export, the PDF and the erasure are all driven from this list, and
 * `test/integration/participant-data-catalogue.int.test.ts` compares it with the database catalogue,
 * so a new table cannot be left out of either.
 */

/** The sections of the export, in the order the PDF shows them. */
export const exportSections = {
  participant: { nb: 'Personopplysninger', en: 'Personal details' },
  account: { nb: 'Brukerkonto', en: 'User account' },
  consents: { nb: 'Samtykker', en: 'Consents' },
  stages: { nb: 'Forløp i IPS', en: 'Stages in IPS' },
  careerProfile: { nb: 'Karriereprofil (alle versjoner)', en: 'Career profile (every version)' },
  supportPlan: { nb: 'Oppfølgingsplan (alle versjoner)', en: 'Support plan (every version)' },
  benefits: { nb: 'Ytelser', en: 'Benefits' },
  benefitsPlans: { nb: 'Ytelsesberegninger', en: 'Benefits plans' },
  jobs: { nb: 'Jobber', en: 'Jobs' },
  contacts: { nb: 'Kontakter', en: 'Contacts' },
  employerContacts: { nb: 'Kontakt med arbeidsgivere om deg', en: 'Employer contacts about you' },
  notes: { nb: 'Notater fra jobbspesialisten', en: 'The job specialist’s notes' },
  guidanceReports: { nb: 'Veiledningsrapporter', en: 'Guidance reports' },
  guidanceReportVersions: {
    nb: 'Veiledningsrapporter (alle versjoner)',
    en: 'Guidance reports (every version)',
  },
  guidanceReportComments: { nb: 'Dine kommentarer til rapportene', en: 'Your comments on the reports' },
  guidanceReportDeliveries: { nb: 'Rapporter sendt til NAVs arkiv', en: 'Reports filed in NAV’s archive' },
  plannedMeetings: { nb: 'Avtalte møter', en: 'Planned meetings' },
  smsPreferences: { nb: 'Valg om SMS-påminnelser', en: 'SMS reminder choices' },
  smsReminders: { nb: 'SMS-påminnelser', en: 'SMS reminders' },
  corrections: { nb: 'Rettelser og annulleringer', en: 'Corrections and voids' },
  candidate: { nb: 'Drøftet som kandidat før samtykke', en: 'Raised as a candidate before consent' },
  meetingItems: { nb: 'Teammøter', en: 'Team meetings' },
  breakGlass: { nb: 'Nødtilgang til opplysningene', en: 'Break-the-glass access' },
  researchConsents: { nb: 'Samtykker til forskning', en: 'Consents to research' },
  accessLog: { nb: 'Tilgangslogg', en: 'Access log' },
} as const satisfies Record<string, Label>;

export type ExportSection = keyof typeof exportSections;

/** The sections with a loader and a renderer of their own (they predate this list). */
export const ownSections = [
  'participant',
  'consents',
  'notes',
  'candidate',
  'meetingItems',
  'accessLog',
] as const satisfies readonly ExportSection[];
export type OwnSection = (typeof ownSections)[number];
export type RowSection = Exclude<ExportSection, OwnSection>;

export type ParticipantTable = {
  table: string;
  /** Which of the table's rows (alias t) belong to participant `id`; default `t.participant_id = id`. */
  rows?: (id: string) => RawBuilder<unknown>;
  /** The erasure: delete the rows, or blank their personal content and keep the row (say why). */
  erase: { delete: true } | { blank: Record<string, BlankValue>; why: string } | { keep: string };
} & (
  | { section: RowSection; columns: readonly ExportColumn[]; orderBy: readonly string[] }
  | { section: OwnSection }
  /** Rows that say nothing about the person beyond what another section exports. */
  | { section: null; why: string }
);

/** Stands for the moment of the erasure, which the erase event records too. */
export const ERASED_AT = Symbol('the moment of erasure');

type BlankValue = null | string | boolean | RawBuilder<unknown> | typeof ERASED_AT;

const ERASED = 'Slettet';

const ofDocuments = (kind: string) => (id: string) => sql`t.participant_id = ${id} and t.kind = ${kind}`;
const documentColumns = [
  number('version', 'Versjon'),
  json('content', 'Innhold'),
  text('source', 'Kilde'),
  userName('recorded_by', 'Registrert av'),
  time('recorded_at', 'Registrert'),
];

const ofReports = (id: string) =>
  sql`t.report_id in (select r.id from guidance_report r where r.participant_id = ${id})`;

const STATISTICS = 'coded, dated facts kept on the tombstone for outcome and fidelity reports';

export const participantTables: readonly ParticipantTable[] = [
  {
    table: 'participant',
    rows: (id) => sql`t.id = ${id}`,
    section: 'participant',
    erase: {
      blank: {
        fnr: null,
        given_name: ERASED,
        family_name: ERASED,
        birth_date: null,
        phone: null,
        email: null,
        address: null,
        restriction_reason: null,
        // In the same statement: a participant has an identity until, and only until, erased.
        erased_at: ERASED_AT,
        updated_at: ERASED_AT,
      },
      why: 'a tombstone keeps the id the audit chain and the statistics refer to',
    },
  },
  {
    table: 'app_user',
    section: 'account',
    columns: [text('username', 'Brukernavn'), yesNo('active', 'Aktiv'), time('created_at', 'Opprettet')],
    orderBy: ['created_at'],
    erase: {
      blank: {
        display_name: ERASED,
        username: sql`'slettet-' || t.id`,
        active: false,
        phone: null,
        email: null,
      },
      why: 'the audit events name the account as the actor of her own reads',
    },
  },
  {
    table: 'user_session',
    rows: (id) => sql`t.user_id in (select u.id from app_user u where u.participant_id = ${id})`,
    section: null,
    why: 'a session is a token hash and times; her sign-ins are in the access log',
    erase: { delete: true },
  },
  {
    table: 'consent',
    section: 'consents',
    erase: { keep: 'terms only, never changed: they show the basis of what was shared' },
  },
  {
    table: 'consent_attachment',
    section: 'consents',
    erase: {
      blank: { content: null, filename: 'slettet' },
      why: 'consent versions refer to the form; its file name often carries her name',
    },
  },
  {
    table: 'stage_transition',
    section: 'stages',
    columns: [
      code('stage', 'Fase', stages),
      date('effective_date', 'Fra'),
      code('discharge_reason', 'Avslutningsgrunn', dischargeReasons),
      text('note', 'Merknad'),
      userName('recorded_by', 'Registrert av'),
      time('recorded_at', 'Registrert'),
    ],
    orderBy: ['effective_date', 'recorded_at'],
    erase: { blank: { note: null }, why: STATISTICS },
  },
  {
    table: 'casework_document',
    rows: ofDocuments('career_profile'),
    section: 'careerProfile',
    columns: documentColumns,
    orderBy: ['version'],
    erase: { delete: true },
  },
  {
    table: 'casework_document',
    rows: ofDocuments('support_plan'),
    section: 'supportPlan',
    columns: documentColumns,
    orderBy: ['version'],
    erase: { delete: true },
  },
  {
    table: 'participant_benefit',
    section: 'benefits',
    columns: [
      code('benefit', 'Ytelse', benefitTypes),
      number('monthly_amount', 'Beløp per måned'),
      date('from_date', 'Fra'),
      date('to_date', 'Til'),
      time('recorded_at', 'Registrert'),
    ],
    orderBy: ['from_date', 'recorded_at'],
    erase: { keep: `${STATISTICS}; no free text` },
  },
  {
    table: 'benefits_plan',
    section: 'benefitsPlans',
    columns: [
      date('plan_date', 'Dato'),
      number('hours_per_week', 'Timer per uke'),
      number('hourly_wage', 'Timelønn'),
      json('inputs', 'Grunnlag'),
      json('effect', 'Beregnet virkning'),
      text('model_version', 'Beregningsmodell'),
      text('note', 'Merknad'),
      time('recorded_at', 'Registrert'),
    ],
    orderBy: ['plan_date', 'recorded_at'],
    erase: { blank: { note: null }, why: STATISTICS },
  },
  {
    table: 'job',
    section: 'jobs',
    columns: [
      employerName('employer_id'),
      text('title', 'Stilling'),
      code('occupation', 'Yrke', occupations),
      code('employment_type', 'Ansettelsesform', employmentTypes),
      code('wage_type', 'Lønn', wageTypes),
      number('hours_per_week', 'Timer per uke'),
      date('start_date', 'Start'),
      date('end_date', 'Slutt'),
      code('end_reason', 'Sluttårsak', jobEndReasons),
      time('recorded_at', 'Registrert'),
    ],
    orderBy: ['start_date', 'recorded_at'],
    erase: { keep: `${STATISTICS}; a job title names the work, not the person` },
  },
  {
    table: 'participant_contact',
    section: 'contacts',
    columns: [
      date('contact_date', 'Dato'),
      code('counterpart', 'Med', contactCounterparts),
      code('mode', 'Form', contactModes),
      code('outcome', 'Utfall', contactOutcomes),
      code('category', 'Kategori', dataCategories),
      { name: 'job_id', label: 'Jobb', kind: 'text', shows: { table: 'job', column: 'title' } },
      text('note', 'Notat'),
      text('next_step', 'Neste steg'),
      date('next_step_date', 'Neste steg dato'),
      userName('recorded_by', 'Registrert av'),
    ],
    orderBy: ['contact_date', 'recorded_at'],
    erase: { blank: { note: null, next_step: null }, why: STATISTICS },
  },
  {
    table: 'employer_contact',
    section: 'employerContacts',
    columns: [
      date('contact_date', 'Dato'),
      employerName('employer_id'),
      yesNo('face_to_face', 'Ansikt til ansikt'),
      code('outcome', 'Utfall', employerContactOutcomes),
      yesNo('matches_preferences', 'I tråd med ønskene dine'),
      text('note', 'Notat'),
      text('next_step', 'Neste steg'),
      date('next_step_date', 'Neste steg dato'),
      userName('job_specialist_id', 'Jobbspesialist'),
    ],
    orderBy: ['contact_date', 'recorded_at'],
    erase: { blank: { note: null, next_step: null }, why: 'the programme’s job development counts them' },
  },
  { table: 'case_note', section: 'notes', erase: { delete: true } },
  {
    table: 'guidance_report_version',
    rows: ofReports,
    section: 'guidanceReportVersions',
    columns: [
      text('report_id', 'Rapport'),
      number('version', 'Versjon'),
      text('state', 'Status'),
      json('content', 'Innhold'),
      userName('recorded_by', 'Registrert av'),
      time('recorded_at', 'Registrert'),
    ],
    orderBy: ['report_id', 'version'],
    erase: { delete: true },
  },
  {
    table: 'guidance_report_comment',
    section: 'guidanceReportComments',
    columns: [
      text('report_id', 'Rapport'),
      number('version', 'Versjon'),
      text('body', 'Kommentar'),
      time('created_at', 'Skrevet'),
    ],
    orderBy: ['created_at'],
    erase: { delete: true },
  },
  {
    table: 'guidance_report_delivery',
    section: 'guidanceReportDeliveries',
    columns: [
      text('report_id', 'Rapport'),
      text('status', 'Status'),
      text('journalpost_id', 'Journalpost i NAVs arkiv'),
      text('message', 'Svar fra arkivet'),
      time('attempted_at', 'Sendt'),
    ],
    orderBy: ['attempted_at'],
    erase: {
      blank: { message: null },
      why: 'proof that a report was filed in NAV’s archive, which keeps it under its own rules',
    },
  },
  {
    table: 'guidance_report',
    section: 'guidanceReports',
    columns: [
      text('id', 'Rapport'),
      text('kind', 'Type'),
      date('period_from', 'Fra'),
      date('period_to', 'Til'),
      userName('created_by', 'Laget av'),
      time('created_at', 'Laget'),
    ],
    orderBy: ['period_to', 'created_at'],
    erase: { keep: 'kind and period only, no text; the archive deliveries refer to it' },
  },
  {
    table: 'sms_reminder',
    section: 'smsReminders',
    columns: [
      text('meeting_id', 'Møte'),
      text('status', 'Status'),
      text('reason', 'Grunn'),
      time('decided_at', 'Tidspunkt'),
    ],
    orderBy: ['decided_at'],
    erase: { delete: true },
  },
  {
    table: 'planned_meeting',
    section: 'plannedMeetings',
    columns: [
      text('id', 'Møte'),
      time('starts_at', 'Tidspunkt'),
      text('place', 'Sted'),
      userName('recorded_by', 'Avtalt av'),
    ],
    orderBy: ['starts_at'],
    erase: { delete: true },
  },
  {
    table: 'sms_preference',
    section: 'smsPreferences',
    columns: [
      yesNo('opted_out', 'Vil ikke ha SMS'),
      userName('recorded_by', 'Registrert av'),
      time('recorded_at', 'Registrert'),
    ],
    orderBy: ['recorded_at'],
    erase: { delete: true },
  },
  {
    table: 'record_correction',
    section: 'corrections',
    columns: [
      code('record_type', 'Oppføring', correctionLabels),
      text('record_id', 'Oppføringens id'),
      number('version', 'Versjon'),
      code('kind', 'Endring', correctionLabels),
      json('new_values', 'Nye verdier'),
      text('reason', 'Begrunnelse'),
      userName('corrected_by', 'Rettet av'),
      time('corrected_at', 'Rettet'),
    ],
    orderBy: ['corrected_at', 'version'],
    erase: {
      blank: {
        reason: ERASED,
        new_values: sql`t.new_values - ${sql.raw(`array[${FREE_TEXT_COLUMNS.map((c) => `'${c}'`).join(', ')}]`)}`,
      },
      why: 'a void keeps a mistaken entry out of the outcome and fidelity reports',
    },
  },
  {
    table: 'research_consent',
    section: 'researchConsents',
    columns: [
      {
        name: 'project_id',
        label: 'Prosjekt',
        kind: 'text',
        shows: { table: 'research_project', column: 'title' },
      },
      date('given_on', 'Gitt'),
      date('withdrawn_on', 'Trukket tilbake'),
    ],
    orderBy: ['given_on'],
    erase: { delete: true },
  },
  {
    table: 'candidate',
    rows: (id) => sql`t.converted_participant_id = ${id}`,
    section: 'candidate',
    erase: { blank: { note: null }, why: 'the meetings’ minutes refer to the candidate' },
  },
  {
    table: 'meeting_item',
    rows: (id) =>
      sql`t.participant_id = ${id} or t.candidate_id in (select c.id from candidate c where c.converted_participant_id = ${id})`,
    section: 'meetingItems',
    erase: {
      blank: { decision: null, follow_up: null },
      why: 'the meeting keeps its agenda; the fidelity review counts the items',
    },
  },
  {
    table: 'break_glass',
    section: 'breakGlass',
    columns: [
      userName('user_id', 'Hvem'),
      time('opened_at', 'Åpnet'),
      time('expires_at', 'Utløper'),
      text('reason', 'Begrunnelse'),
      userName('reviewed_by', 'Gjennomgått av'),
      time('reviewed_at', 'Gjennomgått'),
      text('review_note', 'Merknad fra gjennomgangen'),
    ],
    orderBy: ['opened_at'],
    erase: {
      blank: { reason: 'Slettet etter personvernforordningen art. 17', review_note: null },
      why: 'the programme lead reviews every emergency access; the row proves it happened',
    },
  },
  {
    table: 'audit_event',
    section: 'accessLog',
    erase: { keep: 'append-only and sealed in the hash chain; its events carry no identity' },
  },
  {
    table: 'audit_pending',
    rows: (id) => sql`t.event_id in (select e.id from audit_event e where e.participant_id = ${id})`,
    section: null,
    why: 'the queue of access-log events waiting to be sealed: event ids only',
    erase: { keep: 'event ids only; the sealer empties it' },
  },
  {
    table: 'audit_chain',
    rows: (id) => sql`t.event_id in (select e.id from audit_event e where e.participant_id = ${id})`,
    section: null,
    why: 'the hashes sealing the access log: no content of their own',
    erase: { keep: 'the hash chain must still verify after erasure' },
  },
];

/**
 * References the database keeps without a foreign key (migration 0020), as child → parent: the catalogue
 * walk follows them as if they were keys.
 */
export const unkeyedReferences = [
  { child: 'audit_pending', parent: 'audit_event' },
  { child: 'audit_chain', parent: 'audit_event' },
];

/**
 * Tables a participant's account never appears in, though they reference app_user: they name the
 * staff member who acted. The catalogue walk stops at them.
 */
export const staffOnlyTables = [
  'team_member',
  'team_meeting',
  'meeting_attendee',
  'employer',
  'activity_entry',
  'specialist_employment',
  'code_entry',
  // Aggregate outcome counts per job specialist: numbers only, no participant in them.
  'outcome_specialist_counts',
  // A staff member's provider identities: participants sign in by their identity number, never through it.
  'user_identity',
  // A research project's researchers: staff named on a project, no participant in it.
  'research_project_researcher',
  // Research extracts: the data steward who made each one; its rows are in files, pseudonymised.
  'research_extract',
  // Fidelity reviews: staff rate a programme's practice; no participant is named in them.
  'fidelity_review',
  'fidelity_reviewer',
  'fidelity_consensus',
  'fidelity_recommendation',
  'fidelity_action',
  'fidelity_chart_grant',
  // Job-specialist surveys: the owner, and whose personal link it is; responses hold no user.
  'questionnaire',
  'survey',
  'survey_link',
] as const;
