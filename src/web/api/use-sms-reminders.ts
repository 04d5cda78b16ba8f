import { api, call } from './client.ts';
import { useApiQuery } from './use-api-query.ts';
import { useMutation } from './use-mutation.ts';

/** Her planned meetings, their SMS reminders and her choice about them. */
export function useSmsReminders(participantId: string) {
  const params = { path: { id: participantId } };
  return useApiQuery(`/api/participants/{id}/sms-reminders ${participantId}`, (signal) =>
    call(api.GET('/api/participants/{id}/sms-reminders', { params, signal })),
  );
}

export const useSetSmsOptOut = (participantId: string) =>
  useMutation((optedOut: boolean) =>
    call(
      api.PUT('/api/participants/{id}/sms-preference', {
        params: { path: { id: participantId } },
        body: { optedOut },
      }),
    ),
  );

export const usePlanMeeting = (participantId: string) =>
  useMutation((body: { startsAt: string; place: string }) =>
    call(
      api.POST('/api/participants/{id}/planned-meetings', { params: { path: { id: participantId } }, body }),
    ),
  );
