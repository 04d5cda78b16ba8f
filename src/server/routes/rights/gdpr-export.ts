import { renderGdprExport } from '../../pdf/gdpr-export.ts';
import { problems } from '../common-schemas.ts';
import type { Api, Deps } from '../deps.ts';
import { ParticipantParams } from '../participant-schemas.ts';
import { FormatQuery, GdprExportDto, sendPdf, toGdprExportDto } from './schemas.ts';

export function registerGdprExport(app: Api, deps: Deps) {
  app.get(
    '/api/participants/:id/gdpr-export',
    {
      schema: {
        tags: ['rights'],
        summary:
          'Everything held about a participant, for the participant or the record holders (GDPR art. 15 and 20)',
        params: ParticipantParams,
        querystring: FormatQuery,
        response: { 200: GdprExportDto, ...problems(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const e = await request.repos.rights.gdprExport(request.params.id);
      if (request.query.format === 'pdf') {
        return sendPdf(reply, await renderGdprExport(e), `innsyn-${e.participant.handle ?? 'deltaker'}`);
      }
      return toGdprExportDto(e);
    },
  );
}
