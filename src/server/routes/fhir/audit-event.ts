import { toFhirAuditEvent } from '../../../domain/fhir/audit-event.ts';
import { FHIR_JSON, searchset } from '../../../domain/fhir/common.ts';
import { problems } from '../common-schemas.ts';
import type { Api, Deps } from '../deps.ts';
import { fhirRoute } from '../route-schema.ts';
import { AuditEventSearch, bundleOf, fhirUrls, patientId } from './schemas.ts';

export function registerFhirAuditEvent(app: Api, deps: Deps) {
  app.get(
    '/api/fhir/AuditEvent',
    fhirRoute('A participant’s access log as FHIR R4 AuditEvent resources, newest first', {
      querystring: AuditEventSearch,
      response: { 200: bundleOf('AuditEvent'), ...problems(400, 401, 403, 404) },
    }),
    async (request, reply) => {
      const id = patientId(request.query.patient);
      const { events, complete } = await request.repos.rights.accessEvents(id, request.query._count);
      const resources = events.map((e) => toFhirAuditEvent(e, id));
      return reply.type(FHIR_JSON).send(searchset(resources, fhirUrls(request), complete));
    },
  );
}
