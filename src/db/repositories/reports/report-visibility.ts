import type { AllowReason } from '../../../domain/access.ts';
import type { GuidanceReport } from '../../../domain/guidance-report/report.ts';

/** Those who write the record see every report; who may read it otherwise sees it once it is theirs to see. */
const WRITERS: readonly AllowReason[] = [
  'assigned_job_specialist',
  'programme_supervisor',
  'break_the_glass',
];

/**
 * Which of the reports the policy let the caller read are ready for her: the holders see drafts
 * too; the participant sees a report once shared with her; anyone else (a NAV adviser with her
 * consent) only a final report.
 */
export function visibleTo(reason: AllowReason) {
  if (WRITERS.includes(reason)) return () => true;
  if (reason === 'own_record') return (r: GuidanceReport) => r.state !== 'draft';
  return (r: GuidanceReport) => r.state === 'final';
}
