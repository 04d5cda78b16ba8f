import type { FastifyRequest } from 'fastify';
import { z } from 'zod';

const UUID = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';

/** FHIR's reference search: the participant's id, bare or as Patient/<id>. */
const PatientParam = z
  .string()
  .regex(new RegExp(`^(Patient/)?${UUID}$`), 'must be a participant id, or Patient/<id>')
  .describe('the participant: <id> or Patient/<id>');

// FHIR servers ignore search parameters they do not support, so these objects are not strict.
export const ConsentSearch = z.object({ patient: PatientParam });

export const AuditEventSearch = z.object({
  patient: PatientParam,
  _count: z.coerce.number().int().min(1).max(200).default(50).describe('how many events, newest first'),
});

export const patientId = (param: string) => param.replace(/^Patient\//, '');

/** A searchset Bundle of one resource type; resources are described, not restricted, here. */
export function bundleOf(resourceType: 'Consent' | 'AuditEvent') {
  return z
    .object({
      resourceType: z.literal('Bundle'),
      type: z.literal('searchset'),
      total: z.number().int().optional().describe('given when the bundle holds every match'),
      link: z.array(z.object({ relation: z.literal('self'), url: z.string() })),
      entry: z.array(
        z.object({
          fullUrl: z.string(),
          resource: z.looseObject({ resourceType: z.literal(resourceType), id: z.string() }),
          search: z.object({ mode: z.literal('match') }),
        }),
      ),
    })
    .describe(`FHIR R4 Bundle of ${resourceType} resources (application/fhir+json)`);
}

/** Where this API's FHIR resources live, and the URL of this search, for the Bundle's links. */
export function fhirUrls(request: FastifyRequest) {
  const origin = `${request.protocol}://${request.host}`;
  return { base: `${origin}/api/fhir`, self: `${origin}${request.url}` };
}
