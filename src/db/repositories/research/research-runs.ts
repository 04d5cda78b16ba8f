import type { Decision } from '../../../domain/access.ts';
import type { ResearchLegalBasis } from '../../../domain/research/project.ts';
import type { Caller } from '../../access/caller.ts';
import { Denial, guardedRead, recordDecision } from '../../access/guard.ts';
import type { Store } from '../../store.ts';

/** What a researcher runs on her project's data; each run is one audit event of this subject type. */
export type ResearchRun = 'research_registers' | 'research_analysis' | 'research_economics';

export interface ProjectSummary {
  id: string;
  code: string;
  title: string;
  institution: string;
  approvedUntil: string;
}

interface ProjectFacts {
  researcherIds: string[];
  legalBasis: ResearchLegalBasis;
  approvedFrom: string;
  approvedUntil: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The researcher's projects and the gate of every run on a project's (pseudonymised, synthetic)
 * register data. The policy decides on the project's researchers and legal basis; a project whose
 * approval is not current is refused as extracts are. An unknown project is refused as one she is
 * not on, so its existence is not revealed.
 */
export class ResearchRunRepository {
  constructor(
    private readonly store: Store,
    private readonly caller: Caller,
  ) {}

  /** The projects the caller may run analyses on (titles only: no participant data, no audit). */
  async mine(): Promise<ProjectSummary[]> {
    const rows = await this.store.db
      .selectFrom('research_project as p')
      .innerJoin('research_project_researcher as r', 'r.project_id', 'p.id')
      .select(['p.id', 'p.code', 'p.title', 'p.institution', 'p.approved_until'])
      .where('r.user_id', '=', this.caller.userId)
      .orderBy('p.title')
      .execute();
    return rows.map((r) => ({
      id: r.id,
      code: r.code,
      title: r.title,
      institution: r.institution,
      approvedUntil: r.approved_until,
    }));
  }

  private async facts(projectId: string): Promise<ProjectFacts | null> {
    if (!UUID.test(projectId)) return null;
    const row = await this.store.db
      .selectFrom('research_project as p')
      .select((eb) => [
        'p.legal_basis',
        'p.approved_from',
        'p.approved_until',
        eb
          .selectFrom('research_project_researcher as r')
          .select((e) => e.fn.agg<string[]>('array_agg', ['r.user_id']).as('ids'))
          .whereRef('r.project_id', '=', 'p.id')
          .as('researcher_ids'),
      ])
      .where('p.id', '=', projectId)
      .executeTakeFirst();
    if (!row) return null;
    return {
      researcherIds: row.researcher_ids ?? [],
      legalBasis: row.legal_basis as ResearchLegalBasis,
      approvedFrom: row.approved_from,
      approvedUntil: row.approved_until,
    };
  }

  private decision(projectId: string, f: ProjectFacts | null, now: Date): Decision {
    return this.caller.ask(
      {
        action: 'read',
        subject: {
          type: 'research_extract',
          projectId,
          researcherIds: f?.researcherIds ?? [],
          legalBasis: f?.legalBasis ?? 'consent',
          ...(f && { approval: { approvedFrom: f.approvedFrom, approvedUntil: f.approvedUntil } }),
        },
      },
      now,
    );
  }

  /**
   * Decides a run on the project and writes its audit event, allowed or refused, before the run
   * starts; a refusal is thrown as 403 once committed. `audit: false` only for polling a job's
   * progress, which shows no data.
   */
  async permit(projectId: string, run: ResearchRun, details: Record<string, unknown> = {}, audit = true) {
    return guardedRead(this.store, async (_db, sink) => {
      const now = new Date();
      const decision = this.decision(projectId, await this.facts(projectId), now);
      if (audit)
        await recordDecision(sink, this.caller, 'read', decision, {
          subjectType: run,
          subjectId: UUID.test(projectId) ? projectId : null,
          details,
        });
      return decision.allow ? undefined : new Denial(decision.reason);
    });
  }
}
