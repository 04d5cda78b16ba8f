import { z } from 'zod';
import { programmeSettings } from '../../../db/repositories/organisations/programmes.ts';
import { AppError } from '../../../domain/app-error.ts';
import { legalModels } from '../../../domain/code-lists.ts';
import { requireSession } from '../../auth/session-hook.ts';
import { problems, Ref } from '../common-schemas.ts';
import type { Api, Deps } from '../deps.ts';
import { programmeRoute } from '../route-schema.ts';

const ProgrammeDto = z.object({
  id: z.string(),
  name: z.string(),
  region: z.string(),
  legalModel: z.enum(legalModels.codes),
  hostOrganisation: Ref.nullable(),
});

function ownProgramme(request: Parameters<typeof requireSession>[0]): string {
  const { programmeId } = requireSession(request).actor;
  if (!programmeId) throw new AppError('not_found', 'you belong to no programme');
  return programmeId;
}

export function registerProgramme(app: Api, deps: Deps) {
  app.get(
    '/api/programme',
    programmeRoute('The caller’s programme and its legal model (holds no participant data)', {
      response: { 200: ProgrammeDto, ...problems(401, 404) },
    }),
    async (request) => programmeSettings(deps.store.db, ownProgramme(request)),
  );

  app.put(
    '/api/programme/legal-model',
    programmeRoute('Switch the legal model (programme lead only); audited, effective on the next request', {
      body: z.strictObject({ legalModel: z.enum(legalModels.codes) }),
      response: { 200: ProgrammeDto, ...problems(400, 401, 403, 404) },
    }),
    async (request) => {
      const repo = request.repos.programme;
      return repo.setLegalModel(ownProgramme(request), request.body.legalModel);
    },
  );
}
