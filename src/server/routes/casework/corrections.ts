import { problems } from '../common-schemas.ts';
import type { Api } from '../deps.ts';
import { caseworkRoute } from '../route-schema.ts';
import { CorrectionBody, CorrectionDto, CorrectionHistoryDto } from './correction-schemas.ts';
import { postRecord } from './route-options.ts';
import { CaseworkParams } from './schemas.ts';

export function registerCorrect(app: Api) {
  postRecord(
    app,
    '/api/participants/:id/corrections',
    {
      summary:
        'Correct or void a saved contact, job, stage change, benefit or case note, with a reason; the original is kept. 409 when the entry is already voided',
      body: CorrectionBody,
      created: CorrectionDto,
      conflict: 409,
    },
    (repos, id, body) => repos.corrections.correct(id, body),
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
