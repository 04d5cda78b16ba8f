import { z } from 'zod';
import { protections } from '../../../domain/code-lists.ts';
import { problems, Uuid } from '../common-schemas.ts';
import { ContactFields, StaffContactDto } from '../contact-schemas.ts';
import type { Api, Deps } from '../deps.ts';
import { ParticipantParams } from '../participant-schemas.ts';
import { participantsRoute } from '../route-schema.ts';

const ContactDetailsDto = z.object({
  participant: z
    .object({
      phone: z.string().nullable(),
      email: z.string().nullable(),
      address: z.string().nullable().describe('never stored while she carries protection'),
      protection: z.enum(protections.codes).nullable(),
    })
    .describe('her own phone, e-mail and address, and her protection: identity data'),
  jobSpecialist: StaffContactDto.nullable(),
  navAdviser: StaffContactDto.nullable(),
  clinician: StaffContactDto.nullable(),
});

const ContactDetailsBody = z
  .strictObject({
    ...ContactFields,
    address: z
      .string()
      .trim()
      .min(1, 'must not be empty (null for none)')
      .max(300, 'must be at most 300 characters')
      .nullable()
      .describe('her postal address; refused (422) while she carries protection'),
    protection: z
      .enum(protections.codes)
      .nullable()
      .describe('protected address (kode 6/7) or skjerming; setting it removes her stored address'),
    navAdviserId: Uuid.nullable().describe('an active NAV adviser of the programme; null for none'),
    clinicianId: Uuid.nullable().describe('an active clinician of the programme; null for none'),
  })
  .partial();

export function registerContactDetails(app: Api, _deps: Deps) {
  app.get(
    '/api/participants/:id/contact-details',
    participantsRoute(
      'Her phone and e-mail, and the work contact details of her job specialist, NAV adviser and clinician',
      {
        params: ParticipantParams,
        response: { 200: ContactDetailsDto, ...problems(400, 401, 403, 404) },
      },
    ),
    async (request) => request.repos.contactDetails.get(request.params.id),
  );

  app.put(
    '/api/participants/:id/contact-details',
    participantsRoute(
      'Change her phone, e-mail, address or protection, or who her NAV adviser and clinician are (record holders)',
      {
        params: ParticipantParams,
        body: ContactDetailsBody,
        response: { 200: ContactDetailsDto, ...problems(400, 401, 403, 404, 422) },
      },
    ),
    async (request) => request.repos.contactDetails.update(request.params.id, request.body),
  );
}
