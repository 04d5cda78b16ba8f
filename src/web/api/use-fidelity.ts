import { api, call } from './client.ts';
import type {
  ActionStatus,
  FidelityReport,
  NewReviewBody,
  RegionFidelity,
  Review,
  ReviewSummary,
  Trend,
} from './fidelity-types.ts';
import { useApiQuery } from './use-api-query.ts';
import { useMutation } from './use-mutation.ts';

type Init = { params?: { path?: Record<string, string> }; body?: unknown; signal?: AbortSignal };
type Send = (path: string, init?: Init) => Promise<{ data?: unknown; error?: unknown; response: Response }>;
/** The client with the fidelity paths, typed by the answers above. */
const fidelity = api as unknown as { GET: Send; POST: Send; PUT: Send; PATCH: Send };
const get = <T>(path: string, init: Init) => call(fidelity.GET(path, init)) as Promise<T>;

const review = (id: string) => ({ path: { id } });

export function useProgrammeReviews(programmeId: string) {
  return useApiQuery(`/api/fidelity/programmes/${programmeId}/reviews`, (signal) =>
    get<{ items: ReviewSummary[] }>('/api/fidelity/programmes/{programmeId}/reviews', {
      params: { path: { programmeId } },
      signal,
    }),
  );
}

export function useProgrammeTrend(programmeId: string) {
  return useApiQuery(`/api/fidelity/programmes/${programmeId}/trend`, (signal) =>
    get<Trend>('/api/fidelity/programmes/{programmeId}/trend', { params: { path: { programmeId } }, signal }),
  );
}

export function useRegionFidelity(regionId: string) {
  return useApiQuery(`/api/fidelity/regions/${regionId}/programmes`, (signal) =>
    get<RegionFidelity>('/api/fidelity/regions/{regionId}/programmes', {
      params: { path: { regionId } },
      signal,
    }),
  );
}

export function useFellowReviewers() {
  return useApiQuery('/api/fidelity/reviewers', (signal) =>
    get<{ items: { id: string; name: string }[] }>('/api/fidelity/reviewers', { signal }),
  );
}

export function useReview(id: string) {
  return useApiQuery(`/api/fidelity/reviews/${id}`, (signal) =>
    get<Review>('/api/fidelity/reviews/{id}', { params: review(id), signal }),
  );
}

export function useFidelityReport(id: string) {
  return useApiQuery(`/api/fidelity/reviews/${id}/report`, (signal) =>
    get<FidelityReport>('/api/fidelity/reviews/{id}/report', { params: review(id), signal }),
  );
}

/** The report as PDF: a plain link, so the browser downloads it with the session cookie. */
export const fidelityPdfUrl = (id: string) => `/api/fidelity/reviews/${encodeURIComponent(id)}/report.pdf`;

export const useCreateReview = () =>
  useMutation(
    (body: NewReviewBody) =>
      call(fidelity.POST('/api/fidelity/reviews', { body })) as Promise<{ id: string }>,
  );

export const useRateItem = (id: string) =>
  useMutation(({ itemKey, ...body }: { itemKey: string; rating: number; evidence: string }) =>
    call(
      fidelity.PUT('/api/fidelity/reviews/{id}/ratings/{itemKey}', {
        params: { path: { id, itemKey } },
        body,
      }),
    ),
  );

export const useSubmitRatings = (id: string) =>
  useMutation(() => call(fidelity.POST('/api/fidelity/reviews/{id}/submit', { params: review(id) })));

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
      fidelity.PUT('/api/fidelity/reviews/{id}/consensus/{itemKey}', { params, body: { rating, rationale } }),
    );
    if (recommendation.trim())
      await call(
        fidelity.PUT('/api/fidelity/reviews/{id}/recommendations/{itemKey}', {
          params,
          body: { text: recommendation },
        }),
      );
  });

export const useAddAction = (id: string) =>
  useMutation((body: { what: string; owner: string; dueDate: string }) =>
    call(fidelity.POST('/api/fidelity/reviews/{id}/actions', { params: review(id), body })),
  );

export const useUpdateAction = (actionId: string) =>
  useMutation((body: { status: ActionStatus }) =>
    call(fidelity.PATCH('/api/fidelity/actions/{id}', { params: { path: { id: actionId } }, body })),
  );

export const useSignOff = (id: string) =>
  useMutation(() => call(fidelity.POST('/api/fidelity/reviews/{id}/sign-off', { params: review(id) })));
