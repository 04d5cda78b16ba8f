import { api, call } from './client.ts';
import { useApiQuery } from './use-api-query.ts';

/** The last 12 weeks' employer contacts of a job specialist (the caller when none is named). */
export function useWeeklyEmployerContacts(specialistId: string | null) {
  const query = { weeks: 12, specialistId: specialistId ?? undefined };
  return useApiQuery(`/api/employer-contacts/weekly ${JSON.stringify(query)}`, (signal) =>
    call(api.GET('/api/employer-contacts/weekly', { params: { query }, signal })),
  );
}
