import type { FieldError } from '../field-error.ts';

/**
 * A research project as the platform keeps it: who runs it, the approval it rests on (REK, or an
 * exemption) and for how long, its legal basis, and the data it may take. Extracts are made only
 * for a project whose approval is current, and only of the tables it names.
 */
export const APPROVAL_KINDS = ['rek', 'exemption'] as const;
export type ApprovalKind = (typeof APPROVAL_KINDS)[number];

/** Consent from each participant, or approval under the health research act (helseforskningsloven). */
export const RESEARCH_LEGAL_BASES = ['consent', 'health_research_act'] as const;
export type ResearchLegalBasis = (typeof RESEARCH_LEGAL_BASES)[number];

/**
 * The tables an extract can hold: the person tables pseudonymised on the project's key, and the
 * covered programmes' signed-off fidelity scores (programmes are not persons, so named).
 */
export const EXTRACT_TABLES = [
  'participants',
  'stages',
  'jobs',
  'contacts',
  'discharges',
  'fidelity',
] as const;
export type ExtractTable = (typeof EXTRACT_TABLES)[number];

/**
 * How dates leave: shifted by a per-person offset (intervals within a person kept exact), or cut to
 * the first day of their month, quarter or year.
 */
export const DATE_HANDLINGS = ['shift', 'month', 'quarter', 'year'] as const;
export type DateHandling = (typeof DATE_HANDLINGS)[number];

export interface ResearchProject {
  id: string;
  code: string;
  title: string;
  institution: string;
  approvalKind: ApprovalKind;
  approvalReference: string;
  approvedFrom: string;
  approvedUntil: string;
  legalBasis: ResearchLegalBasis;
  tables: readonly ExtractTable[];
  dateHandling: DateHandling;
  programmeIds: readonly string[];
}

export type NewResearchProject = Omit<ResearchProject, 'id'>;

const CODE = /^[a-z0-9][a-z0-9-]{1,39}$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** What is wrong with a project's fields, each naming its field. */
export function projectProblems(p: NewResearchProject): FieldError[] {
  const problems: FieldError[] = [];
  const need = (ok: boolean, path: string, message: string) => {
    if (!ok) problems.push({ path, message });
  };
  need(CODE.test(p.code), 'code', 'code must be 2–40 lower-case letters, digits or dashes');
  need(p.title.trim().length > 0, 'title', 'title is required');
  need(p.institution.trim().length > 0, 'institution', 'institution is required');
  need(p.approvalReference.trim().length > 0, 'approvalReference', 'the approval reference is required');
  need(DAY.test(p.approvedFrom), 'approvedFrom', 'approvedFrom must be a date as YYYY-MM-DD');
  need(DAY.test(p.approvedUntil), 'approvedUntil', 'approvedUntil must be a date as YYYY-MM-DD');
  need(p.approvedFrom <= p.approvedUntil, 'approvedUntil', 'the approval cannot end before it starts');
  need(
    APPROVAL_KINDS.includes(p.approvalKind),
    'approvalKind',
    `approvalKind must be ${APPROVAL_KINDS.join(' or ')}`,
  );
  need(
    RESEARCH_LEGAL_BASES.includes(p.legalBasis),
    'legalBasis',
    `legalBasis must be ${RESEARCH_LEGAL_BASES.join(' or ')}`,
  );
  need(p.tables.length > 0, 'tables', 'a project takes at least one table');
  need(
    p.tables.every((t) => EXTRACT_TABLES.includes(t)),
    'tables',
    `tables must be among ${EXTRACT_TABLES.join(', ')}`,
  );
  need(
    DATE_HANDLINGS.includes(p.dateHandling),
    'dateHandling',
    `dateHandling must be ${DATE_HANDLINGS.join(', ')}`,
  );
  need(p.programmeIds.length > 0, 'programmeIds', 'a project covers at least one programme');
  return problems;
}

/** Why no extract may be made now, or null when it may. */
export type ExtractRefusal = 'approval_not_started' | 'approval_expired' | 'data_not_covered';

export function extractRefusal(
  project: ResearchProject,
  today: string,
  tables: readonly ExtractTable[],
): ExtractRefusal | null {
  const approval = approvalRefusal(project, today);
  if (approval) return approval;
  return tables.every((t) => project.tables.includes(t)) ? null : 'data_not_covered';
}

/** Why the project's approval does not cover today, or null when it does: no run outside it. */
export function approvalRefusal(
  approval: Pick<ResearchProject, 'approvedFrom' | 'approvedUntil'>,
  today: string,
): 'approval_not_started' | 'approval_expired' | null {
  if (today < approval.approvedFrom) return 'approval_not_started';
  if (today > approval.approvedUntil) return 'approval_expired';
  return null;
}
