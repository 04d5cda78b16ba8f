import { useEffect, useRef, useState } from 'react';

/**
 * Field errors plus the focus hand-off Aksel recommends: after a failed submit the error summary
 * takes focus so the user is told what to fix.
 */
export function useFormErrors<F extends string>() {
  const [errors, setErrors] = useState<Partial<Record<F, string>>>({});
  const [failedSubmits, setFailedSubmits] = useState(0);
  const summaryRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (failedSubmits > 0) summaryRef.current?.focus();
  }, [failedSubmits]);

  return {
    errors,
    summaryRef,
    /** Shows these errors and moves focus to the summary. */
    show: (next: Partial<Record<F, string>>) => {
      setErrors(next);
      setFailedSubmits((n) => n + 1);
    },
    /** Removes one field's error once the user edits it. */
    clear: (field: F) => setErrors((current) => ({ ...current, [field]: undefined })),
  };
}
