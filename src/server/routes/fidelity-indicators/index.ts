import { problems } from '../common-schemas.ts';
import type { Api } from '../deps.ts';
import { fidelityRoute } from '../route-schema.ts';
import { IndicatorParams, IndicatorRecordParams, IndicatorRecords, LiveIndicators } from './schemas.ts';

/** Live fidelity indicators: IPS-25 items measured from case data between reviews. */
export function registerFidelityIndicatorRoutes(app: Api) {
  app.get(
    '/api/fidelity/programmes/:programmeId/indicators',
    fidelityRoute('A programme’s live fidelity indicators: value and suggested anchor per item', {
      params: IndicatorParams,
      response: { 200: LiveIndicators, ...problems(400, 401, 403, 404) },
    }),
    async (request) => request.repos.fidelityIndicators.programme(request.params.programmeId),
  );
  app.get(
    '/api/fidelity/programmes/:programmeId/indicators/:itemKey/records',
    fidelityRoute('The records behind one live indicator, for the programme’s own staff', {
      params: IndicatorRecordParams,
      response: { 200: IndicatorRecords, ...problems(400, 401, 403, 404) },
    }),
    async (request) =>
      request.repos.fidelityIndicators.records(request.params.programmeId, request.params.itemKey),
  );
}
