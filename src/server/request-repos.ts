import type { FastifyRequest } from 'fastify';
import { Caller } from '../db/access/caller.ts';
import { ActivityRepository } from '../db/repositories/activity/activity.ts';
import { CandidateRepository } from '../db/repositories/candidates/candidates.ts';
import { AgendaRepository } from '../db/repositories/caseload/agenda.ts';
import { CaseloadRepository } from '../db/repositories/caseload/caseload.ts';
import { TaskRepository } from '../db/repositories/caseload/tasks.ts';
import { BenefitRepository } from '../db/repositories/casework/benefits.ts';
import { CaseworkDocumentRepository } from '../db/repositories/casework/career-profile.ts';
import { CaseworkRepository } from '../db/repositories/casework/casework.ts';
import { CaseworkSettingsRepository } from '../db/repositories/casework/casework-settings.ts';
import { ContactRepository } from '../db/repositories/casework/contacts.ts';
import { CorrectionRepository } from '../db/repositories/casework/corrections.ts';
import { JobRepository } from '../db/repositories/casework/jobs.ts';
import { StageRepository } from '../db/repositories/casework/stages.ts';
import { CodeListRepository } from '../db/repositories/code-lists/code-lists.ts';
import { BreakGlassRepository } from '../db/repositories/consents/break-glass.ts';
import { ConsentRepository } from '../db/repositories/consents/consents.ts';
import { ContactDetailsRepository } from '../db/repositories/contact-details/contact-details.ts';
import { OwnContactRepository } from '../db/repositories/contact-details/own-contact.ts';
import { EmployerContactRepository } from '../db/repositories/employers/employer-contacts.ts';
import { EmployerRegisterRepository } from '../db/repositories/employers/employer-register.ts';
import { EmployerRepository } from '../db/repositories/employers/employers.ts';
import { FidelityRepository } from '../db/repositories/fidelity/fidelity.ts';
import { FidelityDirectoryRepository } from '../db/repositories/fidelity/reviewer-directory.ts';
import { FidelityIndicatorRepository } from '../db/repositories/fidelity-indicators/indicators.ts';
import { MeetingItemRepository } from '../db/repositories/meetings/meeting-items.ts';
import { MeetingRepository } from '../db/repositories/meetings/meetings.ts';
import { DirectoryRepository } from '../db/repositories/organisations/directory.ts';
import { ProgrammeRepository } from '../db/repositories/organisations/programmes.ts';
import { OutcomeRepository } from '../db/repositories/outcomes/outcomes.ts';
import { CaseNoteRepository } from '../db/repositories/participants/case-notes.ts';
import { ParticipantRepository } from '../db/repositories/participants/participants.ts';
import { TeamExportRepository } from '../db/repositories/participants/team-export.ts';
import { ReminderRepository } from '../db/repositories/reminders/reminders.ts';
import { GuidanceReportRepository } from '../db/repositories/reports/guidance-reports.ts';
import { MetaAnalysisRepository } from '../db/repositories/research/meta-analysis.ts';
import { ResearchRunRepository } from '../db/repositories/research/research-runs.ts';
import { StewardExtractRepository } from '../db/repositories/research/steward-extracts.ts';
import { AccessLogRepository } from '../db/repositories/rights/access-log.ts';
import { ParticipantRightsRepository } from '../db/repositories/rights/participant-rights.ts';
import { QuestionnaireRepository } from '../db/repositories/surveys/questionnaires.ts';
import { SurveyRepository } from '../db/repositories/surveys/surveys.ts';
import { WorkforceRepository } from '../db/repositories/workforce/workforce.ts';
import type { Store } from '../db/store.ts';
import type { Purpose, Role } from '../domain/code-lists.ts';
import { prefetchedRecordOf, requireSession } from './auth/session-hook.ts';
import type { Api, Deps } from './routes/deps.ts';

/** Every repository a route may use, each built for one caller: routes reach data only through these. */
const REPOSITORIES = {
  accessLog: AccessLogRepository,
  agenda: AgendaRepository,
  activity: ActivityRepository,
  benefits: BenefitRepository,
  breakGlass: BreakGlassRepository,
  candidates: CandidateRepository,
  caseNotes: CaseNoteRepository,
  caseload: CaseloadRepository,
  casework: CaseworkRepository,
  caseworkDocuments: CaseworkDocumentRepository,
  caseworkSettings: CaseworkSettingsRepository,
  codeLists: CodeListRepository,
  consents: ConsentRepository,
  contactDetails: ContactDetailsRepository,
  contacts: ContactRepository,
  corrections: CorrectionRepository,
  directory: DirectoryRepository,
  employerContacts: EmployerContactRepository,
  employerRegister: EmployerRegisterRepository,
  employers: EmployerRepository,
  fidelity: FidelityRepository,
  fidelityDirectory: FidelityDirectoryRepository,
  fidelityIndicators: FidelityIndicatorRepository,
  guidanceReports: GuidanceReportRepository,
  jobs: JobRepository,
  meetingItems: MeetingItemRepository,
  meetings: MeetingRepository,
  metaAnalysis: MetaAnalysisRepository,
  outcomes: OutcomeRepository,
  ownContact: OwnContactRepository,
  participants: ParticipantRepository,
  programme: ProgrammeRepository,
  questionnaires: QuestionnaireRepository,
  reminders: ReminderRepository,
  researchRuns: ResearchRunRepository,
  stewardExtracts: StewardExtractRepository,
  rights: ParticipantRightsRepository,
  stages: StageRepository,
  surveys: SurveyRepository,
  tasks: TaskRepository,
  teamExport: TeamExportRepository,
  workforce: WorkforceRepository,
} satisfies Record<string, new (store: Store, caller: Caller) => unknown>;

export type Repos = { readonly [K in keyof typeof REPOSITORIES]: InstanceType<(typeof REPOSITORIES)[K]> };

declare module 'fastify' {
  interface FastifyRequest {
    /** Who is asking (401 when no one is signed in), with the policy that answers them. */
    readonly caller: Caller;
    /** The caller's repositories, each built on first use and kept for the request. */
    readonly repos: Repos;
  }
}

/** The purpose a role's requests are made for: what a consent's purpose must match. */
const PURPOSE_OF_ROLE: Partial<Record<Role, Purpose>> = {
  supervisor: 'supervision',
  participant: 'own_data',
  programme_manager: 'programme_management',
  admin: 'system_administration',
  resource_centre: 'outcome_reporting',
  national_reader: 'outcome_reporting',
  reviewer: 'fidelity_review',
};

/**
 * The repositories of one caller, each made when first asked for. The getters sit on the prototype,
 * defined once, so a request that uses one repository pays for one, not for the whole list.
 */
class CallerRepos {
  readonly made: Record<string, unknown> = {};
  constructor(
    readonly store: Store,
    readonly caller: Caller,
  ) {}
}
for (const [name, Repository] of Object.entries(REPOSITORIES)) {
  Object.defineProperty(CallerRepos.prototype, name, {
    get(this: CallerRepos) {
      this.made[name] ??= new Repository(this.store, this.caller);
      return this.made[name];
    },
  });
}

export function reposOf(store: Store, caller: Caller): Repos {
  return new CallerRepos(store, caller) as unknown as Repos;
}

const callers = new WeakMap<FastifyRequest, Caller>();
const reposByRequest = new WeakMap<FastifyRequest, Repos>();

/** `request.caller` and `request.repos`, made once per request on first use. */
export function registerRequestRepos(app: Api, deps: Pick<Deps, 'store' | 'policy'>) {
  function callerOf(request: FastifyRequest): Caller {
    let caller = callers.get(request);
    if (!caller) {
      const { actor } = requireSession(request);
      const purpose = PURPOSE_OF_ROLE[actor.role] ?? 'ips_follow_up';
      caller = new Caller(
        { actor, purpose, requestId: request.id },
        deps.policy,
        prefetchedRecordOf(request),
      );
      callers.set(request, caller);
    }
    return caller;
  }
  app.decorateRequest('caller', {
    getter(this: FastifyRequest) {
      return callerOf(this);
    },
  });
  app.decorateRequest('repos', {
    getter(this: FastifyRequest) {
      let repos = reposByRequest.get(this);
      if (!repos) {
        repos = reposOf(deps.store, callerOf(this));
        reposByRequest.set(this, repos);
      }
      return repos;
    },
  });
}
