import { z } from 'zod';
import { orgNumberProblem } from '../../../domain/org-number.ts';
import { problems } from '../common-schemas.ts';
import type { Api, Deps } from '../deps.ts';
import { employersRoute } from '../route-schema.ts';

const LookupParams = z.strictObject({
  orgNumber: z
    .string()
    .superRefine((value, ctx) => {
      const problem = orgNumberProblem(value);
      if (problem) ctx.addIssue({ code: 'custom', message: problem.replace(/^orgNumber /, '') });
    })
    .describe('organisasjonsnummer: 9 digits with a valid mod-11 check digit'),
});

const RegisterUnitDto = z.object({
  orgNumber: z.string(),
  name: z.string(),
  address: z.string().nullable().describe('the business address’s street lines, joined by ", "'),
  postcode: z.string().nullable(),
  city: z.string().nullable(),
  industryCode: z.string().nullable().describe('naeringskode1, the main industry code (SN2007)'),
  industryText: z.string().nullable(),
});

export function registerLookUpInRegister(app: Api, deps: Deps) {
  app.get(
    '/api/employers/lookup/:orgNumber',
    employersRoute(
      'Look an organisation number up in Enhetsregisteret: name, business address and main industry code. ' +
        '404 unknown number, 410 deleted unit, 502/504 the register failed or was too slow, ' +
        '503 lookups not configured (IPS_ENHETSREGISTERET_URL)',
      {
        params: LookupParams,
        response: { 200: RegisterUnitDto, ...problems(400, 401, 403, 404, 410, 502, 503, 504) },
      },
    ),
    async (request) => request.repos.employerRegister.lookUp(request.params.orgNumber, deps.unitRegister),
  );
}
