import { renderTeamExport } from '../../pdf/team-export.ts';
import type { Api, Deps } from '../deps.ts';
import { registerDocumentExport } from './document-export.ts';
import { TeamExportDto, toTeamExportDto } from './schemas.ts';

export function registerTeamExport(app: Api, deps: Deps) {
  registerDocumentExport(app, {
    path: '/api/participants/:id/team-export',
    summary:
      'Export the job specialist’s notes for the treatment team: only the categories a consent gives the team, the rest named as withheld (a download; nothing is written to a patient journal)',
    dto: TeamExportDto,
    build: (request, id) => request.repos.teamExport.build(id),
    toDto: toTeamExportDto,
    render: renderTeamExport,
    filePrefix: 'eksport',
  });
}
