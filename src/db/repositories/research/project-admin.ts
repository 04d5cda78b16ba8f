import type { AccessContext } from '../../../domain/access.ts';
import { AppError } from '../../../domain/app-error.ts';
import type { FieldError } from '../../../domain/field-error.ts';
import { type NewResearchProject, projectProblems } from '../../../domain/research/project.ts';
import { type AuditEntry, writeAudit } from '../../audit/writer.ts';
import type { Db } from '../../database.ts';
import type { Store } from '../../store.ts';
import { createProject } from './projects.ts';

/** The command line's actor: an administrator's tool, not a person's session. */
const ADMIN: AccessContext = {
  actor: { kind: 'system', name: 'ips research project' },
  purpose: 'system_administration',
  requestId: null,
};

/** A new project as the command line gives it: programmes and researchers by name. */
export interface ProjectInput extends Omit<NewResearchProject, 'programmeIds'> {
  programmes: readonly string[];
  researchers: readonly string[];
}

async function programmeIds(db: Db, names: readonly string[], errors: FieldError[]): Promise<string[]> {
  if (names.length === 0) return [];
  const rows = await db.selectFrom('programme').select(['id', 'name']).where('name', 'in', names).execute();
  for (const name of names)
    if (!rows.some((r) => r.name === name))
      errors.push({ path: 'programmes', message: `no programme named "${name}"` });
  return rows.map((r) => r.id);
}

/** The researchers' user ids; anyone not a researcher is named in an error. */
async function researcherIds(db: Db, usernames: readonly string[], errors: FieldError[]): Promise<string[]> {
  if (usernames.length === 0) return [];
  const rows = await db
    .selectFrom('app_user')
    .select(['id', 'username', 'role'])
    .where('username', 'in', usernames)
    .execute();
  for (const username of usernames) {
    const user = rows.find((r) => r.username === username);
    if (!user) errors.push({ path: 'researchers', message: `no user named "${username}"` });
    else if (user.role !== 'researcher')
      errors.push({ path: 'researchers', message: `${username} is not a researcher (role ${user.role})` });
  }
  return rows.filter((r) => r.role === 'researcher').map((r) => r.id);
}

const audited = (subjectId: string, reason: string, details: Record<string, unknown>): AuditEntry => ({
  action: reason === 'project_created' ? 'create' : 'update',
  subjectType: 'research_project',
  subjectId,
  decision: 'allow',
  reason,
  legalBasis: 'system_operation',
  details,
});

/**
 * Records a project and its researchers in one transaction with its audit event. Every problem —
 * a field, an unknown programme, a user who is not a researcher — is reported together, naming
 * its field, and nothing is written.
 */
export async function createProjectAudited(store: Store, input: ProjectInput): Promise<string> {
  const { programmes, researchers, ...fields } = input;
  const errors: FieldError[] = [];
  const project = { ...fields, programmeIds: await programmeIds(store.db, programmes, errors) };
  const users = await researcherIds(store.db, researchers, errors);
  errors.push(
    ...projectProblems(project).filter((e) => e.path !== 'programmeIds' || programmes.length === 0),
  );
  if (errors.length > 0) throw AppError.validation(errors);
  if (
    await store.db
      .selectFrom('research_project')
      .select('id')
      .where('code', '=', input.code)
      .executeTakeFirst()
  )
    throw new AppError('conflict', `a project with code ${input.code} exists`, {
      errors: [{ path: 'code', message: `a project with code ${input.code} exists` }],
    });
  return store.transact(async (tx) => {
    const id = await createProject(tx, project, users);
    await writeAudit(tx, ADMIN, [
      audited(id, 'project_created', {
        code: input.code,
        approvalReference: input.approvalReference,
        researchers,
      }),
    ]);
    return id;
  });
}

/** Adds a researcher to a project, in one transaction with its audit event. */
export async function addResearcher(store: Store, code: string, username: string): Promise<void> {
  const project = await store.db
    .selectFrom('research_project')
    .select('id')
    .where('code', '=', code)
    .executeTakeFirst();
  if (!project)
    throw new AppError('not_found', `no project with code ${code}`, {
      errors: [{ path: 'project', message: `no project with code ${code}` }],
    });
  const errors: FieldError[] = [];
  const [userId] = await researcherIds(store.db, [username], errors);
  if (!userId) throw AppError.validation(errors);
  await store.transact(async (tx) => {
    const added = await tx
      .insertInto('research_project_researcher')
      .values({ project_id: project.id, user_id: userId })
      .onConflict((oc) => oc.doNothing())
      .returning('user_id')
      .executeTakeFirst();
    if (!added)
      throw new AppError('conflict', `${username} is already a researcher on ${code}`, {
        errors: [{ path: 'username', message: `${username} is already a researcher on ${code}` }],
      });
    await writeAudit(tx, ADMIN, [audited(project.id, 'researcher_added', { code, username })]);
  });
}

export interface ProjectListing {
  code: string;
  title: string;
  institution: string;
  approvalReference: string;
  approvedUntil: string;
  legalBasis: string;
  researchers: string[];
}

/** The projects with their researchers' user names, by code (no participant data: not audited). */
export async function listProjects(db: Db): Promise<ProjectListing[]> {
  const rows = await db
    .selectFrom('research_project as p')
    .leftJoin('research_project_researcher as r', 'r.project_id', 'p.id')
    .leftJoin('app_user as u', 'u.id', 'r.user_id')
    .select([
      'p.code',
      'p.title',
      'p.institution',
      'p.approval_reference',
      'p.approved_until',
      'p.legal_basis',
      'u.username',
    ])
    .orderBy('p.code')
    .orderBy('u.username')
    .execute();
  const byCode = new Map<string, ProjectListing>();
  for (const r of rows) {
    const listing = byCode.get(r.code) ?? {
      code: r.code,
      title: r.title,
      institution: r.institution,
      approvalReference: r.approval_reference,
      approvedUntil: r.approved_until,
      legalBasis: r.legal_basis,
      researchers: [],
    };
    if (r.username) listing.researchers.push(r.username);
    byCode.set(r.code, listing);
  }
  return [...byCode.values()];
}
