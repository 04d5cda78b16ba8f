import { problems } from '../common-schemas.ts';
import type { Api } from '../deps.ts';
import { caseworkRoute } from '../route-schema.ts';
import { CorrectionBody, CorrectionDto, CorrectionHistoryDto } from './correction-schemas.ts';
import { recordRoute } from './route-options.ts';
import { CaseworkParams } from './schemas.ts';

export function registerCorrect(app: Api) {
  app.post(
    '/api/participants/:id/corrections',
    recordRoute(
      'Correct or void a saved contact, job, stage change, benefit or case note, with a reason; the original is kept. 409 when the entry is already voided',
      CorrectionBody,
      CorrectionDto,
      409,
    ),
    async (request, reply) =>
      reply.status(201).send(await request.repos.corrections.correct(request.params.id, request.body)),
  );
}

export function registerCorrections(app: Api) {
  app.get(
    '/api/participants/:id/corrections',
    caseworkRoute('The participant’s corrected and voided entries, each with its original and versions', {
      params: CaseworkParams,
      response: { 200: CorrectionHistoryDto, ...problems(401, 403, 404) },
    }),
    async (request) => request.repos.corrections.history(request.params.id),
  );
}
