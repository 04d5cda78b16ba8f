import type { ApiError } from '../../api/api-error.ts';
import { useT } from '../../i18n/use-t.ts';
import { ApiErrorAlert } from '../api-error-alert.tsx';

/** A failed step on a report: the API's problem, with our words for the report's own conflicts. */
export function ReportError({ error }: { error: ApiError | undefined }) {
  const t = useT();
  if (!error) return null;
  const conflicts: Record<string, string> = t.reports.conflicts;
  const conflict = error.reason ? conflicts[error.reason] : undefined;
  const archive = error.code.startsWith('archive_') ? [t.reports.deliveryFailed, error.detail] : [];
  return (
    <ApiErrorAlert
      error={{ ...error, reason: undefined }}
      details={[...(conflict ? [conflict] : []), ...archive]}
    />
  );
}
