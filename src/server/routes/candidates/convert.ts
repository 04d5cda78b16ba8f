import { z } from 'zod';
import { problems } from '../common-schemas.ts';
import { NewConsentBody, toNewConsent } from '../consent-schemas.ts';
import type { Api, Deps } from '../deps.ts';
import { CreateParticipantBody } from '../participant-schemas.ts';
import { candidatesRoute } from '../route-schema.ts';
import { CandidateParams } from './schemas.ts';

const ConversionBody = z.strictObject({
  referral: CreateParticipantBody.describe(
    'the referral; jobSpecialistId null assigns a job specialist caller, treatmentTeamId left out takes the candidate’s team',
  ),
  consent: NewConsentBody.describe('the consent the person has given: recorded as its first version'),
});

const Converted = z.object({
  participantId: z.string(),
  consentId: z.string(),
  handle: z.string().describe('the candidate’s handle, kept by the participant'),
});

export function registerConvertCandidate(app: Api, deps: Deps) {
  app.post(
    '/api/candidates/:id/conversion',
    {
      bodyLimit: 3 * 1024 * 1024,
      ...candidatesRoute(
        'Consent given: make the candidate a participant with its first consent, in one transaction (409 if already converted)',
        {
          params: CandidateParams,
          body: ConversionBody,
          response: { 201: Converted, ...problems(400, 401, 403, 404, 409) },
        },
      ),
    },
    async (request, reply) => {
      const { referral, consent } = request.body;
      const converted = await request.repos.candidates.convert(
        request.params.id,
        { referral, consent: toNewConsent(consent) },
        deps.identityNumbers,
      );
      return reply.status(201).send(converted);
    },
  );
}
