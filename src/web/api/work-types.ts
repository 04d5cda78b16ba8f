import type { EmploymentType, Stage, Track } from '../../domain/code-lists.ts';

/**
 * The caseload, task and overview answers, written by hand until the generated OpenAPI types
 * include them; the names stay when they become aliases of the generated ones.
 */

export interface PersonRef {
  id: string;
  displayName: string;
}

export interface ParticipantRef {
  id: string;
  name: string;
}

export interface CaseloadRow {
  id: string;
  name: string;
  handle: string | null;
  stage: Stage;
  stageSince: string;
  track: Track;
  /** Under 30 at referral. */
  priority: boolean;
  referralDate: string;
  daysSinceReferral: number;
  lastContactDate: string | null;
  daysSinceLastContact: number | null;
  firstEmployerContactDate: string | null;
  rapidSearchWarning: boolean;
  currentJob: { title: string; employmentType: EmploymentType; startDate: string } | null;
  nextStep: { text: string; date: string | null } | null;
  /** Discharged lately: still shown, no longer active. */
  discharged?: boolean;
}

export interface CaseloadPage {
  specialist: PersonRef;
  settings: { rapidSearchDays: number; caseloadMax: number };
  rows: CaseloadRow[];
}

interface TaskBase {
  participant: ParticipantRef;
  dueDate: string | null;
}

/** One due or overdue task; what `detail` holds depends on the kind. */
export type Task = TaskBase &
  (
    | {
        kind: 'follow_along_overdue';
        detail: { jobId: string; jobTitle: string; jobStartDate: string; lastContactDate: string | null };
      }
    | { kind: 'consent_expiring'; detail: { consentId: string; validTo: string } }
    | { kind: 'benefits_plan_missing'; detail: { stage: Stage } }
    | { kind: 'rapid_search'; detail: { referralDate: string; daysSinceReferral: number } }
    | { kind: 'next_step_due'; detail: { text: string } }
  );

export type TaskKind = Task['kind'];

export interface TaskList {
  tasks: Task[];
}

export interface SpecialistLoad extends PersonRef {
  fte: number | null;
  active: number;
  inWork: number;
  referred: number;
}

export interface QueuedReferral extends ParticipantRef {
  referralDate: string;
  priority: boolean;
  track: Track;
  jobSpecialist: PersonRef | null;
}

export interface CaseloadOverview {
  caseloadMax: number;
  specialists: SpecialistLoad[];
  unassigned: number;
  referralQueue: QueuedReferral[];
}

export interface ReassignBody {
  jobSpecialistId: string;
}

export interface Reassignment {
  id: string;
  jobSpecialist: PersonRef;
}
