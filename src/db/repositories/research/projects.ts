import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { AppError } from '../../../domain/app-error.ts';
import {
  type ApprovalKind,
  type DateHandling,
  type ExtractTable,
  type NewResearchProject,
  projectProblems,
  type ResearchLegalBasis,
  type ResearchProject,
} from '../../../domain/research/project.ts';
import type { Db } from '../../database.ts';

/** A project with what only the platform holds: its key, and who its researchers are. */
export interface StoredProject extends ResearchProject {
  hashKey: Uint8Array;
  researcherIds: string[];
}

/** Records a project with a fresh 256-bit key, which never leaves the platform. */
export async function createProject(
  db: Db,
  p: NewResearchProject,
  researcherIds: readonly string[],
): Promise<string> {
  const problems = projectProblems(p);
  if (problems.length > 0) throw AppError.validation(problems);
  const { id } = await db
    .insertInto('research_project')
    .values({
      code: p.code,
      title: p.title,
      institution: p.institution,
      approval_kind: p.approvalKind,
      approval_reference: p.approvalReference,
      approved_from: p.approvedFrom,
      approved_until: p.approvedUntil,
      legal_basis: p.legalBasis,
      data_tables: sql`${sql.val(p.tables)}::text[]` as unknown as string[],
      date_handling: p.dateHandling,
      programme_ids: sql`${sql.val(p.programmeIds)}::uuid[]` as unknown as string[],
      hash_key: randomBytes(32),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (researcherIds.length > 0)
    await db
      .insertInto('research_project_researcher')
      .values(researcherIds.map((user_id) => ({ project_id: id, user_id })))
      .execute();
  return id;
}

export async function projectByCode(db: Db, code: string): Promise<StoredProject | null> {
  const row = await db.selectFrom('research_project').selectAll().where('code', '=', code).executeTakeFirst();
  if (!row) return null;
  const researchers = await db
    .selectFrom('research_project_researcher')
    .select('user_id')
    .where('project_id', '=', row.id)
    .execute();
  return {
    id: row.id,
    code: row.code,
    title: row.title,
    institution: row.institution,
    approvalKind: row.approval_kind as ApprovalKind,
    approvalReference: row.approval_reference,
    approvedFrom: row.approved_from,
    approvedUntil: row.approved_until,
    legalBasis: row.legal_basis as ResearchLegalBasis,
    tables: row.data_tables as ExtractTable[],
    dateHandling: row.date_handling as DateHandling,
    programmeIds: row.programme_ids,
    hashKey: row.hash_key,
    researcherIds: researchers.map((r) => r.user_id),
  };
}
