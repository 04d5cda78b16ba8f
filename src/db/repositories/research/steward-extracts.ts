import { sql } from 'kysely';
import type { AccessContext } from '../../../domain/access.ts';
import type { ResearchLegalBasis } from '../../../domain/research/project.ts';
import type { Caller } from '../../access/caller.ts';
import { Denial, guardedRead, recordDecision } from '../../access/guard.ts';
import type { Store } from '../../store.ts';

/** A project covering the caller's programme, as the data steward's list shows it. */
export interface StewardProject {
  id: string;
  code: string;
  title: string;
  institution: string;
  approvalReference: string;
  approvedFrom: string;
  approvedUntil: string;
  tables: string[];
  lastExtract: { madeAt: Date; rowCounts: Record<string, number> } | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The data steward's side of research extracts: the lead of a programme a project covers makes
 * that project's extract from the web. The policy decides (action export); the extract itself is
 * made by the same code as the CLI, with its own refusals.
 */
export class StewardExtractRepository {
  constructor(
    private readonly store: Store,
    private readonly caller: Caller,
  ) {}

  /** Projects covering the caller's programme: titles and approvals only, no participant data. */
  async covering(): Promise<StewardProject[]> {
    const programmeId = this.caller.programmeId;
    if (!programmeId) return [];
    const rows = await this.store.db
      .selectFrom('research_project as p')
      .select((eb) => [
        'p.id',
        'p.code',
        'p.title',
        'p.institution',
        'p.approval_reference',
        'p.approved_from',
        'p.approved_until',
        'p.data_tables',
        eb
          .selectFrom('research_extract as e')
          .select(sql<string>`json_build_object('madeAt', e.made_at, 'rowCounts', e.row_counts)`.as('x'))
          .whereRef('e.project_id', '=', 'p.id')
          .orderBy('e.made_at', 'desc')
          .limit(1)
          .as('last_extract'),
      ])
      .where(sql<boolean>`${programmeId}::uuid = any(p.programme_ids)`)
      .orderBy('p.title')
      .execute();
    return rows.map((r) => ({
      id: r.id,
      code: r.code,
      title: r.title,
      institution: r.institution,
      approvalReference: r.approval_reference,
      approvedFrom: r.approved_from,
      approvedUntil: r.approved_until,
      tables: r.data_tables,
      lastExtract: lastExtractOf(r.last_extract),
    }));
  }

  /**
   * Decides the caller's extract of the project and audits the decision; a refusal is thrown as 403
   * naming its reason. Gives the project's code and the context the extract is made under.
   */
  async permit(projectId: string): Promise<{ code: string; ctx: AccessContext }> {
    return guardedRead(this.store, async (db, sink) => {
      const p = UUID.test(projectId)
        ? await db
            .selectFrom('research_project')
            .select(['code', 'legal_basis', 'approved_from', 'approved_until', 'programme_ids'])
            .where('id', '=', projectId)
            .executeTakeFirst()
        : undefined;
      const decision = this.caller.ask({
        action: 'export',
        subject: {
          type: 'research_extract',
          projectId,
          researcherIds: [],
          legalBasis: (p?.legal_basis ?? 'consent') as ResearchLegalBasis,
          programmeIds: p?.programme_ids ?? [],
          ...(p && { approval: { approvedFrom: p.approved_from, approvedUntil: p.approved_until } }),
        },
      });
      await recordDecision(sink, this.caller, 'export', decision, {
        subjectType: 'research_extract',
        subjectId: p ? projectId : null,
        details: { steward: true },
      });
      if (!decision.allow || !p) return new Denial(decision.allow ? 'not_project_steward' : decision.reason);
      const ctx: AccessContext = {
        actor: this.caller.actor,
        purpose: 'research',
        requestId: this.caller.requestId,
      };
      return { code: p.code, ctx };
    });
  }
}

/** The latest extract as json_build_object gives it: PGlite and pg both hand back an object or text. */
function lastExtractOf(x: unknown): StewardProject['lastExtract'] {
  if (x === null || x === undefined) return null;
  const o = (typeof x === 'string' ? JSON.parse(x) : x) as { madeAt: string; rowCounts: unknown };
  const counts = typeof o.rowCounts === 'string' ? JSON.parse(o.rowCounts) : o.rowCounts;
  return { madeAt: new Date(o.madeAt), rowCounts: counts as Record<string, number> };
}
