import { FHIR_JSON, searchset } from '../../../domain/fhir/common.ts';
import { toFhirConsent } from '../../../domain/fhir/consent.ts';
import { osloToday } from '../../../domain/participant.ts';
import { problems } from '../common-schemas.ts';
import type { Api, Deps } from '../deps.ts';
import { fhirRoute } from '../route-schema.ts';
import { bundleOf, ConsentSearch, fhirUrls, patientId } from './schemas.ts';

export function registerFhirConsent(app: Api, deps: Deps) {
  app.get(
    '/api/fhir/Consent',
    fhirRoute('A participant’s consents as FHIR R4 Consent resources (current version of each)', {
      querystring: ConsentSearch,
      response: { 200: bundleOf('Consent'), ...problems(400, 401, 403, 404) },
    }),
    async (request, reply) => {
      const id = patientId(request.query.patient);
      const { consents, custodian } = await request.repos.rights.consentRegister(id);
      const today = osloToday();
      const resources = consents.map((c) => toFhirConsent(c, { participantId: id, custodian, today }));
      return reply.type(FHIR_JSON).send(searchset(resources, fhirUrls(request), true));
    },
  );
}
