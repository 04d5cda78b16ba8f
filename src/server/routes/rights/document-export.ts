import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { problems } from '../common-schemas.ts';
import type { Api } from '../deps.ts';
import { ParticipantParams } from '../participant-schemas.ts';
import { rightsRoute } from '../route-schema.ts';
import { FormatQuery, sendPdf } from './schemas.ts';

/** An export of one participant's record: JSON by default, or the same as a PDF download. */
export interface DocumentExport<E extends { participant: { handle: string | null } }> {
  path: string;
  summary: string;
  /** The JSON answer's schema; toDto's result is checked against it when sent. */
  dto: z.ZodType;
  build: (request: FastifyRequest, participantId: string) => Promise<E>;
  toDto: (e: E) => unknown;
  render: (e: E) => Promise<Buffer>;
  /** The download's name before the handle; it carries no other personal data. */
  filePrefix: string;
}

export function registerDocumentExport<E extends { participant: { handle: string | null } }>(
  app: Api,
  spec: DocumentExport<E>,
) {
  app.get(
    spec.path,
    rightsRoute(spec.summary, {
      params: ParticipantParams,
      querystring: FormatQuery,
      response: { 200: spec.dto, ...problems(400, 401, 403, 404) },
    }),
    async (request, reply) => {
      const e = await spec.build(request, request.params.id);
      if (request.query.format === 'pdf') {
        return sendPdf(
          reply,
          await spec.render(e),
          `${spec.filePrefix}-${e.participant.handle ?? 'deltaker'}`,
        );
      }
      return spec.toDto(e);
    },
  );
}
