import { join } from 'node:path';
import { osloToday } from '../../../domain/participant.ts';
import { EXTRACT_TABLES } from '../../../domain/research/project.ts';
import { makeExtract } from '../../../research/extract/make-extract.ts';
import { problems } from '../common-schemas.ts';
import type { Api, Deps } from '../deps.ts';
import { researchRoute } from '../route-schema.ts';
import { ExtractMade, StewardProjectList } from './extract-schemas.ts';
import { ProjectParams } from './register-schemas.ts';

/** The folder under the data directory a secure-environment transfer picks an extract up from. */
export const EXTRACTS_FOLDER = 'research-extracts';

/** The data steward's list of projects covering her programme, and her button that makes an extract. */
export function registerExtractRoutes(app: Api, deps: Deps) {
  app.get(
    '/api/research/steward/projects',
    researchRoute(
      "Research projects covering the caller's programme, with approvals and the latest extract",
      {
        response: { 200: StewardProjectList, ...problems(401) },
      },
    ),
    async (request) => ({ items: await request.repos.stewardExtracts.covering() }),
  );

  app.post(
    '/api/research/projects/:projectId/extracts',
    researchRoute(
      "The data steward makes the project's pseudonymised extract (as `ips research extract`) under " +
        'the data directory; refused, naming the reason, when the approval is not current or the data ' +
        'not covered; audited',
      { params: ProjectParams, response: { 201: ExtractMade, ...problems(400, 401, 403, 404) } },
    ),
    async (request, reply) => {
      const { code, ctx } = await request.repos.stewardExtracts.permit(request.params.projectId);
      const now = new Date();
      const folder = join(EXTRACTS_FOLDER, code, now.toISOString().replaceAll(':', '-'));
      const made = await makeExtract(deps.store, {
        project: code,
        out: join(deps.dataDir, folder),
        today: osloToday(now),
        ctx,
      });
      const tables = EXTRACT_TABLES.filter((t) => t in made.counts).map((t) => ({
        table: t,
        rows: made.counts[t] ?? 0,
      }));
      return reply.code(201).send({ project: made.project, madeAt: made.madeAt, folder, tables });
    },
  );
}
