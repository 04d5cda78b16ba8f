import { z } from 'zod';
import { problems, Uuid } from '../common-schemas.ts';
import type { Api, Deps } from '../deps.ts';
import { consentsRoute } from '../route-schema.ts';

export function registerConsentAttachment(app: Api, deps: Deps) {
  app.get(
    '/api/participants/:id/consent-attachments/:attachmentId',
    consentsRoute('The scanned consent form (PDF or image)', {
      params: z.strictObject({ id: Uuid, attachmentId: Uuid }),
      response: { 200: z.any().describe('the file'), ...problems(400, 401, 403, 404) },
    }),
    async (request, reply) => {
      const file = await request.repos.consents.attachment(request.params.id, request.params.attachmentId);
      return reply
        .type(file.mediaType)
        .header('content-disposition', `attachment; filename="${file.filename.replace(/[^\w.-]/g, '_')}"`)
        .send(file.content);
    },
  );
}
