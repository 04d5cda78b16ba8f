import { renderGdprExport } from '../../pdf/gdpr-export.ts';
import type { Api, Deps } from '../deps.ts';
import { registerDocumentExport } from './document-export.ts';
import { GdprExportDto, toGdprExportDto } from './schemas.ts';

export function registerGdprExport(app: Api, deps: Deps) {
  registerDocumentExport(app, {
    path: '/api/participants/:id/gdpr-export',
    summary:
      'Everything held about a participant, for the participant or the record holders (GDPR art. 15 and 20)',
    dto: GdprExportDto,
    build: (request, id) => request.repos.rights.gdprExport(id),
    toDto: toGdprExportDto,
    render: renderGdprExport,
    filePrefix: 'innsyn',
  });
}
