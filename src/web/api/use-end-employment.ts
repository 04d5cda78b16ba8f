import { api, call } from './client.ts';
import type { EndEmploymentBody } from './ips-unit-types.ts';
import { useMutation } from './use-mutation.ts';

export function useEndEmployment(employmentId: string) {
  return useMutation((body: EndEmploymentBody) =>
    call(api.POST('/api/workforce/{id}/end', { params: { path: { id: employmentId } }, body })),
  );
}
