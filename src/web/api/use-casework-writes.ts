import type {
  CareerProfileBody,
  DischargeBody,
  EndBenefitBody,
  EndJobBody,
  NewBenefitBody,
  NewBenefitsPlanBody,
  NewContactBody,
  NewJobBody,
  NewStageBody,
  SupportPlanBody,
} from './casework-types.ts';
import { api, call } from './client.ts';
import { useMutation } from './use-mutation.ts';

/** The casework writes under /api/participants/{id}, one hook each. */
const of = (id: string) => ({ path: { id } });

export const useRecordStage = (id: string) =>
  useMutation((body: NewStageBody) =>
    call(api.POST('/api/participants/{id}/stages', { params: of(id), body })),
  );

export const useDischarge = (id: string) =>
  useMutation((body: DischargeBody) =>
    call(api.POST('/api/participants/{id}/discharge', { params: of(id), body })),
  );

export const useSaveCareerProfile = (id: string) =>
  useMutation((body: CareerProfileBody) =>
    call(api.PUT('/api/participants/{id}/career-profile', { params: of(id), body })),
  );

export const useSaveSupportPlan = (id: string) =>
  useMutation((body: SupportPlanBody) =>
    call(api.PUT('/api/participants/{id}/support-plan', { params: of(id), body })),
  );

export const useAddBenefit = (id: string) =>
  useMutation((body: NewBenefitBody) =>
    call(api.POST('/api/participants/{id}/benefits', { params: of(id), body })),
  );

export const useEndBenefit = (id: string, benefitId: string) =>
  useMutation((body: EndBenefitBody) =>
    call(
      api.POST('/api/participants/{id}/benefits/{benefitId}/end', {
        params: { path: { id, benefitId } },
        body,
      }),
    ),
  );

export const useAddBenefitsPlan = (id: string) =>
  useMutation((body: NewBenefitsPlanBody) =>
    call(api.POST('/api/participants/{id}/benefits-plans', { params: of(id), body })),
  );

export const useAddJob = (id: string) =>
  useMutation((body: NewJobBody) => call(api.POST('/api/participants/{id}/jobs', { params: of(id), body })));

export const useEndJob = (id: string, jobId: string) =>
  useMutation((body: EndJobBody) =>
    call(api.POST('/api/participants/{id}/jobs/{jobId}/end', { params: { path: { id, jobId } }, body })),
  );

export const useAddContact = (id: string) =>
  useMutation((body: NewContactBody) =>
    call(api.POST('/api/participants/{id}/contacts', { params: of(id), body })),
  );
