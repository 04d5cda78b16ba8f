import type { FastifyContextConfig, FastifyInstance, FastifySchema } from 'fastify';

/**
 * A route's schema filed under its area's OpenAPI tag: `caseworkRoute('What the route does',
 * { params, body, response })` as the route's options, so each route states only what is its own.
 */
export function taggedSchema(tag: string) {
  return <S extends Omit<FastifySchema, 'tags' | 'summary'>>(summary: string, schema: S) => ({
    schema: { tags: [tag], summary, ...schema },
  });
}

/** The API's areas, one OpenAPI tag each. */
export const activityRoute = taggedSchema('activity');
export const breakTheGlassRoute = taggedSchema('break-the-glass');
export const candidatesRoute = taggedSchema('candidates');
export const caseloadRoute = taggedSchema('caseload');
export const caseworkRoute = taggedSchema('casework');
export const codeListsRoute = taggedSchema('code-lists');
export const consentsRoute = taggedSchema('consents');
export const employersRoute = taggedSchema('employers');
export const fhirRoute = taggedSchema('fhir');
export const fidelityRoute = taggedSchema('fidelity');
export const meetingsRoute = taggedSchema('meetings');
export const outcomesRoute = taggedSchema('outcomes');
export const participantsRoute = taggedSchema('participants');
export const programmeRoute = taggedSchema('programme');
export const referenceRoute = taggedSchema('reference');
export const researchRoute = taggedSchema('research');
export const reportsRoute = taggedSchema('guidance-reports');
export const rightsRoute = taggedSchema('rights');
export const sessionRoute = taggedSchema('session');
export const surveysRoute = taggedSchema('surveys');
export const systemRoute = taggedSchema('system');
export const workforceRoute = taggedSchema('workforce');

/** A route anyone may call: a session is looked up when sent, but not required (nor a CSRF token). */
export function withoutSession<O extends object>(options: O) {
  const { config } = options as { config?: FastifyContextConfig };
  return { ...options, config: { ...config, session: 'optional' as const } };
}

/** Every route registered in `scope` from here on (a plugin's too) needs the given session. */
export function sessionInScope(scope: FastifyInstance, session: FastifyContextConfig['session']) {
  scope.addHook('onRoute', (route) => {
    route.config = { ...route.config, session };
  });
}
