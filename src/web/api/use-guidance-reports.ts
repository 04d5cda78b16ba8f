import { api, call } from './client.ts';
import type { Body, Json } from './types.ts';
import { useApiQuery } from './use-api-query.ts';
import { useMutation } from './use-mutation.ts';

export type ReportList = Json<'/api/participants/{id}/guidance-reports', 'get', 200>;
export type GuidanceReport = ReportList['reports'][number];
export type ReportSections = Body<'/api/guidance-reports/{reportId}/edit', 'post'>['sections'];
export type NewReport = Body<'/api/participants/{id}/guidance-reports', 'post'>;

/** The participant's guidance reports as the caller may read them, and when the next is due. */
export function useGuidanceReports(participantId: string) {
  const params = { path: { id: participantId } };
  return useApiQuery(`/api/participants/{id}/guidance-reports ${participantId}`, (signal) =>
    call(api.GET('/api/participants/{id}/guidance-reports', { params, signal })),
  );
}

export const useDraftReport = (participantId: string) =>
  useMutation((body: NewReport) =>
    call(
      api.POST('/api/participants/{id}/guidance-reports', { params: { path: { id: participantId } }, body }),
    ),
  );

const at = (reportId: string) => ({ params: { path: { reportId } } });

export const useEditReport = (reportId: string) =>
  useMutation((sections: ReportSections) =>
    call(api.POST('/api/guidance-reports/{reportId}/edit', { ...at(reportId), body: { sections } })),
  );

/** The steps without a body: share, finalise, deliver. */
export const useReportStep = (reportId: string) =>
  useMutation((step: 'share' | 'finalise' | 'deliver') => {
    if (step === 'share') return call(api.POST('/api/guidance-reports/{reportId}/share', at(reportId)));
    if (step === 'finalise') return call(api.POST('/api/guidance-reports/{reportId}/finalise', at(reportId)));
    return call(api.POST('/api/guidance-reports/{reportId}/deliver', at(reportId)));
  });

export const useCommentReport = (reportId: string) =>
  useMutation((body: string) =>
    call(api.POST('/api/guidance-reports/{reportId}/comments', { ...at(reportId), body: { body } })),
  );

export const reportPdfUrl = (reportId: string) => `/api/guidance-reports/${reportId}/pdf`;
