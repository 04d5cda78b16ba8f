import type { ContactCounterpart, DataCategory } from './code-lists.ts';

/**
 * The data category of each kind of casework record: what a consent must cover for anyone but the
 * record holders to see it. Stages, jobs, the career profile and the plan of supports are the job
 * plan and job status; benefits are the NAV benefit status; employer contacts are their own category.
 */
export const CASEWORK_CATEGORY = {
  stage: 'job_plan',
  career_profile: 'job_plan',
  support_plan: 'job_plan',
  job: 'job_plan',
  benefits: 'benefit_status',
  benefits_plan: 'benefit_status',
  employer_contact: 'employer_contact',
} as const satisfies Record<string, DataCategory>;

/** A contact about a participant is filed by whom it was with: a talk with the team is team discussion. */
export function contactCategory(counterpart: ContactCounterpart): DataCategory {
  switch (counterpart) {
    case 'employer':
      return 'employer_contact';
    case 'treatment_team':
      return 'team_discussion';
    default:
      return 'job_plan';
  }
}
