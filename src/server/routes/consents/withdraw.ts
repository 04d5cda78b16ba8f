import { problems } from '../common-schemas.ts';
import { ConsentDto, ConsentParams, RenewBody, toConsentDto, WithdrawBody } from '../consent-schemas.ts';
import type { Api, Deps } from '../deps.ts';
import { consentsRoute } from '../route-schema.ts';

export function registerWithdrawConsent(app: Api, deps: Deps) {
  app.post(
    '/api/participants/:id/consents/:consentId/withdrawal',
    consentsRoute('Withdraw a consent, wholly or for some categories; effective on the next request', {
      params: ConsentParams,
      body: WithdrawBody,
      response: { 200: ConsentDto, ...problems(400, 401, 403, 404, 409) },
    }),
    async (request) => {
      const { id, consentId } = request.params;
      const categories = request.body.categories as never;
      return toConsentDto(await request.repos.consents.withdraw(id, consentId, categories));
    },
  );
}

export function registerRenewConsent(app: Api, deps: Deps) {
  app.post(
    '/api/participants/:id/consents/:consentId/renewal',
    consentsRoute('Renew an active consent to a new end date (kept as a new version)', {
      params: ConsentParams,
      body: RenewBody,
      response: { 200: ConsentDto, ...problems(400, 401, 403, 404, 409) },
    }),
    async (request) => {
      const { id, consentId } = request.params;
      return toConsentDto(await request.repos.consents.renew(id, consentId, request.body.validTo));
    },
  );
}
