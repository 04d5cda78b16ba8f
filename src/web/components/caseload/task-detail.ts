import type { Task } from '../../api/caseload-types.ts';
import type { Messages } from '../../i18n/nb.ts';

interface Format {
  date: (iso: string) => string;
  stage: (code: string) => string;
}

/** One line saying what the task is about, from the kind's own details. */
export function taskDetail(t: Messages, task: Task, format: Format): string {
  const texts = t.work.tasks;
  switch (task.kind) {
    case 'follow_along_overdue': {
      const last = task.detail.lastContactDate;
      return texts.followAlong(task.detail.jobTitle, last ? format.date(last) : null);
    }
    case 'consent_expiring':
      return texts.consentValidTo(format.date(task.detail.validTo));
    case 'benefits_plan_missing':
      return texts.benefitsPlanStage(format.stage(task.detail.stage));
    case 'rapid_search':
      return texts.rapidSearch(task.detail.daysSinceReferral);
    case 'next_step_due':
      return task.detail.text;
  }
}
