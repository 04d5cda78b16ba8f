import { api, call } from './client.ts';
import type { ActionStatus, NewActionBody, NewReviewBody } from './fidelity-types.ts';
import { useApiQuery } from './use-api-query.ts';
import { useMutation } from './use-mutation.ts';

/** The fidelity API under /api/fidelity, one hook per call. */
const review = (id: string) => ({ path: { id } });

export function useProgrammeReviews(programmeId: string) {
  return useApiQuery(`/api/fidelity/programmes/${programmeId}/reviews`, (signal) =>
    call(
      api.GET('/api/fidelity/programmes/{programmeId}/reviews', {
        params: { path: { programmeId } },
        signal,
      }),
    ),
  );
}

export function useProgrammeTrend(programmeId: string) {
  return useApiQuery(`/api/fidelity/programmes/${programmeId}/trend`, (signal) =>
    call(
      api.GET('/api/fidelity/programmes/{programmeId}/trend', { params: { path: { programmeId } }, signal }),
    ),
  );
}

export function useRegionFidelity(regionId: string) {
  return useApiQuery(`/api/fidelity/regions/${regionId}/programmes`, (signal) =>
    call(api.GET('/api/fidelity/regions/{regionId}/programmes', { params: { path: { regionId } }, signal })),
  );
}

export function useReviewerDirectory() {
  return useApiQuery('/api/fidelity/reviewer-directory', (signal) =>
    call(api.GET('/api/fidelity/reviewer-directory', { signal })),
  );
}

export function useReview(id: string) {
  return useApiQuery(`/api/fidelity/reviews/${id}`, (signal) =>
    call(api.GET('/api/fidelity/reviews/{id}', { params: review(id), signal })),
  );
}

export function useFidelityReport(id: string) {
  return useApiQuery(`/api/fidelity/reviews/${id}/report`, (signal) =>
    call(api.GET('/api/fidelity/reviews/{id}/report', { params: review(id), signal })),
  );
}

/** The report as PDF: a plain link, so the browser downloads it with the session cookie. */
export const fidelityPdfUrl = (id: string) => `/api/fidelity/reviews/${encodeURIComponent(id)}/report.pdf`;

export const useCreateReview = () =>
  useMutation((body: NewReviewBody) => call(api.POST('/api/fidelity/reviews', { body })));

export const useRateItem = (id: string) =>
  useMutation(({ itemKey, ...body }: { itemKey: string; rating: number; evidence: string }) =>
    call(
      api.PUT('/api/fidelity/reviews/{id}/ratings/{itemKey}', { params: { path: { id, itemKey } }, body }),
    ),
  );

export const useSubmitRatings = (id: string) =>
  useMutation(() => call(api.POST('/api/fidelity/reviews/{id}/submit', { params: review(id) })));

interface ConsensusBody {
  itemKey: string;
  rating: number;
  rationale: string;
  recommendation: string;
}

/** The agreed rating with its rationale, then the item's recommendation when there is one. */
export const useSaveConsensus = (id: string) =>
  useMutation(async ({ itemKey, rating, rationale, recommendation }: ConsensusBody) => {
    const params = { path: { id, itemKey } };
    await call(
      api.PUT('/api/fidelity/reviews/{id}/consensus/{itemKey}', { params, body: { rating, rationale } }),
    );
    if (recommendation.trim())
      await call(
        api.PUT('/api/fidelity/reviews/{id}/recommendations/{itemKey}', {
          params,
          body: { body: recommendation },
        }),
      );
  });

export const useAddAction = (id: string) =>
  useMutation((body: NewActionBody) =>
    call(api.POST('/api/fidelity/reviews/{id}/actions', { params: review(id), body })),
  );

export const useUpdateAction = (actionId: string) =>
  useMutation((body: { status: ActionStatus }) =>
    call(api.PATCH('/api/fidelity/actions/{id}', { params: { path: { id: actionId } }, body })),
  );

export const useSignOff = (id: string) =>
  useMutation(() => call(api.POST('/api/fidelity/reviews/{id}/sign-off', { params: review(id) })));
