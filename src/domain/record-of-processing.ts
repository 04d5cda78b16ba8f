import {
  type DataCategory,
  dataCategories,
  type Label,
  type LegalBasis,
  legalBases,
  type Purpose,
  purposes,
} from './code-lists.ts';
import { type RetentionKind, retentionRules } from './retention.ts';

/**
 * Who receives what from the platform, and on which basis: the policy's recipients (decide() lets
 * them in), the registers the platform asks, and the figures that leave a programme.
 */
export interface Recipient {
  who: Label;
  what: Label;
  basis: LegalBasis[];
}

export const recipients: readonly Recipient[] = [
  {
    who: { nb: 'NAV-veileder', en: 'NAV adviser' },
    what: {
      nb: 'Kategoriene et gyldig samtykke nevner (oftest jobbplan og ytelsesstatus)',
      en: 'The categories a current consent names (usually job plan and benefit status)',
    },
    basis: ['consent'],
  },
  {
    who: { nb: 'Behandler og behandlingsteam', en: 'Clinician and treatment team' },
    what: {
      nb: 'Kategoriene samtykket nevner, eller alt under integrert modell; teameksporten (nedlasting)',
      en: 'The categories the consent names, or everything under the integrated model; the team export (download)',
    },
    basis: ['consent', 'health_care_team'],
  },
  {
    who: { nb: 'Deltakeren selv', en: 'The participant herself' },
    what: {
      nb: 'Alt om henne, med tilgangsloggen (innsyn og dataportabilitet)',
      en: 'Everything about her, with the access log (access and portability)',
    },
    basis: ['data_subject_access'],
  },
  {
    who: {
      nb: 'Folkeregisteret (PDL), når det er satt opp',
      en: 'The population register (PDL), when configured',
    },
    what: {
      nb: 'Fødselsnummeret ved henvisning; svaret er navn og adressebeskyttelse',
      en: 'The identity number at referral; it answers name and address protection',
    },
    basis: ['caseload_assignment', 'programme_supervision'],
  },
  {
    who: { nb: 'IPS-ressurssenter og direktorat', en: 'IPS resource centres and the directorate' },
    what: {
      nb: 'Aggregerte resultater der små tall er skjult; ingen opplysninger om enkeltpersoner',
      en: 'Aggregate outcomes with small counts suppressed; nothing about any one person',
    },
    basis: ['aggregate_statistics'],
  },
];

/** One row of the data catalogue: a table holding participant data, and what erasure does to it. */
export interface CatalogueEntry {
  table: string;
  section: Label | null;
  erasure: 'delete' | 'blank' | 'keep';
  why: string | null;
}

export interface RecordOfProcessing {
  purposes: { code: Purpose; label: Label }[];
  categories: { code: DataCategory; label: Label }[];
  legalBases: { code: LegalBasis; label: Label }[];
  recipients: Recipient[];
  retention: {
    kind: RetentionKind;
    label: Label;
    from: Label;
    days: number | null;
    removal: Label;
    tables: string[];
  }[];
  catalogue: CatalogueEntry[];
}

/** The record (GDPR Art. 30) from the code lists, the retention rules and the data catalogue given. */
export function recordOfProcessing(catalogue: CatalogueEntry[]): RecordOfProcessing {
  return {
    purposes: purposes.codes.map((code) => ({ code, label: purposes.labels[code] })),
    categories: dataCategories.codes.map((code) => ({ code, label: dataCategories.labels[code] })),
    legalBases: legalBases.codes.map((code) => ({ code, label: legalBases.labels[code] })),
    recipients: recipients.map((r) => ({ ...r, basis: [...r.basis] })),
    retention: (Object.keys(retentionRules) as RetentionKind[]).map((kind) => {
      const r = retentionRules[kind];
      return { kind, label: r.label, from: r.from, days: r.days, removal: r.removal, tables: [...r.tables] };
    }),
    catalogue,
  };
}
