import { renderTeamExport } from '../../pdf/team-export.ts';
import { problems } from '../common-schemas.ts';
import type { Api, Deps } from '../deps.ts';
import { ParticipantParams } from '../participant-schemas.ts';
import { FormatQuery, sendPdf, TeamExportDto, toTeamExportDto } from './schemas.ts';

export function registerTeamExport(app: Api, deps: Deps) {
  app.get(
    '/api/participants/:id/team-export',
    {
      schema: {
        tags: ['rights'],
        summary:
          'Export the job specialist’s notes for the treatment team: only the categories a consent gives the team, the rest named as withheld (a download; nothing is written to a patient journal)',
        params: ParticipantParams,
        querystring: FormatQuery,
        response: { 200: TeamExportDto, ...problems(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const repo = request.repos.teamExport;
      const e = await repo.build(request.params.id);
      if (request.query.format === 'pdf') {
        return sendPdf(reply, await renderTeamExport(e), `eksport-${e.participant.handle ?? 'deltaker'}`);
      }
      return toTeamExportDto(e);
    },
  );
}
