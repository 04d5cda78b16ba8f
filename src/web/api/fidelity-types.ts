import type { Body, Json } from './types.ts';

/** The fidelity API's answers and bodies, from the generated OpenAPI types. */
export type ReviewSummary = Json<
  '/api/fidelity/programmes/{programmeId}/reviews',
  'get',
  200
>['items'][number];
export type Review = Json<'/api/fidelity/reviews/{id}', 'get', 200>;
export type FidelityReport = Json<'/api/fidelity/reviews/{id}/report', 'get', 200>;
export type ActionItem = FidelityReport['actionPlan'][number];
export type ActionStatus = ActionItem['status'];
export type Trend = Json<'/api/fidelity/programmes/{programmeId}/trend', 'get', 200>;
export type RegionFidelity = Json<'/api/fidelity/regions/{regionId}/programmes', 'get', 200>;
export type ReviewerDirectory = Json<'/api/fidelity/reviewer-directory', 'get', 200>;
export type NewReviewBody = Body<'/api/fidelity/reviews', 'post'>;
export type NewActionBody = Body<'/api/fidelity/reviews/{id}/actions', 'post'>;
