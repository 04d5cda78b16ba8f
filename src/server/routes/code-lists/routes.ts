import { problems } from '../common-schemas.ts';
import type { Api, Deps } from '../deps.ts';
import { codeListsRoute } from '../route-schema.ts';
import { CodeChangeBody, CodeEntryDto, CodeListsDto, CodeParams } from './schemas.ts';

export function registerListCodeLists(app: Api, deps: Deps) {
  app.get(
    '/api/code-lists',
    codeListsRoute(
      'The casework code lists as users see them: built-in codes relabelled or retired, then added ones',
      {
        response: { 200: CodeListsDto, ...problems(401, 403) },
      },
    ),
    async (request) => ({ lists: await request.repos.codeLists.all() }),
  );
}

export function registerPutCode(app: Api, deps: Deps) {
  app.put(
    '/api/code-lists/:list/:code',
    codeListsRoute(
      'Relabel, retire or restore a code, or add one to a list that may grow (administrator only)',
      {
        params: CodeParams,
        body: CodeChangeBody,
        response: { 200: CodeEntryDto, ...problems(400, 401, 403, 404) },
      },
    ),
    async (request) => request.repos.codeLists.put(request.params.list, request.params.code, request.body),
  );
}
