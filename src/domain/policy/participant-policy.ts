import type { AccessRequest, AllowReason, Decision, ParticipantFacts } from '../access.ts';
import type { UserActor } from '../actor.ts';
import type { DataCategory, LegalBasis } from '../code-lists.ts';
import { consentCoverage } from '../consent.ts';
import { osloToday } from '../participant.ts';
import { COOPERATING_ROLES, deny } from './roles.ts';

/** Health details the supervisor does not need for supervision; reaching them takes break-the-glass. */
const OUTSIDE_SUPERVISION: readonly DataCategory[] = ['work_health', 'team_discussion'];

const allow = (reason: AllowReason, legalBasis: LegalBasis): Decision => ({
  allow: true,
  reason,
  legalBasis,
});

type Holder = 'assigned_job_specialist' | 'programme_supervisor';

/**
 * Who holds the IPS record: the assigned job specialist, and the programme's supervisor in the
 * organisation that hosts it. Everyone else reaches the record only through consent, the
 * integrated model's treatment team, or break-the-glass.
 */
function holderOf(actor: UserActor, s: ParticipantFacts): Holder | null {
  if (actor.role === 'job_specialist' && s.jobSpecialistId === actor.userId) return 'assigned_job_specialist';
  const hostOk = s.hostOrganisationId === null || s.hostOrganisationId === actor.organisationId;
  return actor.role === 'supervisor' && hostOk ? 'programme_supervisor' : null;
}

export function decideParticipant(actor: UserActor, s: ParticipantFacts, req: AccessRequest): Decision {
  if (actor.role === 'participant') return decideOwnRecord(actor, s, req);
  if (actor.role === 'reviewer') return decideChartReview(s, req);
  if (!actor.programmeId) return deny('no_programme');
  if (actor.programmeId !== s.programmeId) return deny('other_programme');
  if (s.erased) return deny('erased');
  const holder = holderOf(actor, s);
  const basis: LegalBasis =
    holder === 'assigned_job_specialist' ? 'caseload_assignment' : 'programme_supervision';
  switch (req.action) {
    case 'break_glass':
      return actor.role === 'supervisor'
        ? allow('programme_supervisor', 'programme_supervision')
        : deny('role_not_permitted');
    case 'restrict':
    case 'erase':
    case 'reassign':
      return holder === 'programme_supervisor' ? allow(holder, basis) : deny('role_not_permitted');
    case 'record_casework':
    case 'discharge':
      return decideCasework(actor, s, req, holder);
    case 'correct':
      return decideCorrection(actor, s, req, holder);
    case 'manage_consent':
    case 'withdraw_consent':
    case 'read_access_log':
    case 'gdpr_export':
      return holder
        ? allow(holder, basis)
        : deny(actor.role === 'job_specialist' ? 'not_assigned' : 'role_not_permitted');
    case 'read':
    case 'update':
    case 'export':
      return decideCategory(actor, s, req, holder);
    default:
      return deny('role_not_permitted');
  }
}

function decideCategory(
  actor: UserActor,
  s: ParticipantFacts,
  req: AccessRequest,
  holder: Holder | null,
): Decision {
  const category = req.category ?? 'identity';
  if (s.restricted && !(holder && req.action === 'read')) return deny('processing_restricted');
  if (holder && req.action === 'export') return decideTeamExport(s, category, req);
  const inScope = holder === 'assigned_job_specialist' || !OUTSIDE_SUPERVISION.includes(category);
  if (holder && inScope)
    return allow(
      holder,
      holder === 'assigned_job_specialist' ? 'caseload_assignment' : 'programme_supervision',
    );
  if (actor.role === 'supervisor' && s.breakGlassUntil && s.breakGlassUntil > req.now) {
    return allow('break_the_glass', 'emergency_access');
  }
  if (holder) return deny('outside_supervision_scope');
  // Identity (name, fødselsnummer, referral) is changed only by those who hold the record.
  if (req.action === 'update' && category === 'identity') return deny('role_not_permitted');
  if (!COOPERATING_ROLES.includes(actor.role)) return deny('role_not_permitted');
  if (s.legalModel === 'integrated' && s.treatmentTeamId && actor.teamIds.includes(s.treatmentTeamId)) {
    return allow('treatment_team_member', 'health_care_team');
  }
  const coverage = consentCoverage(s.consents, actor, category, req.purpose, osloToday(req.now));
  if (coverage.covered) return allow('consent', 'consent');
  return deny(
    coverage.gap === 'no_consent' && actor.role === 'job_specialist' ? 'not_assigned' : coverage.gap,
  );
}

/**
 * Casework (stages, discharge, profile, benefits, jobs, contacts) is the record holders' work:
 * cooperating services contribute notes, not casework records. The supervisor stays in scope.
 */
function decideCasework(
  actor: UserActor,
  s: ParticipantFacts,
  req: AccessRequest,
  holder: Holder | null,
): Decision {
  if (!holder) return deny(actor.role === 'job_specialist' ? 'not_assigned' : 'role_not_permitted');
  if (s.restricted) return deny('processing_restricted');
  const category = req.category ?? 'job_plan';
  if (holder === 'programme_supervisor' && OUTSIDE_SUPERVISION.includes(category))
    return deny('outside_supervision_scope');
  return allow(
    holder,
    holder === 'assigned_job_specialist' ? 'caseload_assignment' : 'programme_supervision',
  );
}

/**
 * Correcting or voiding a saved entry: the record holders may, within the scope they write in (so
 * the supervisor corrects a job specialist's entry); anyone else only an entry of their own, and
 * only while they could still write it. A cooperating service never corrects the IPS unit's work.
 */
function decideCorrection(
  actor: UserActor,
  s: ParticipantFacts,
  req: AccessRequest,
  holder: Holder | null,
): Decision {
  if (holder) return decideCasework(actor, s, req, holder);
  if (req.entryRecordedBy !== actor.userId)
    return deny(actor.role === 'job_specialist' ? 'not_assigned' : 'role_not_permitted');
  return decideCategory(actor, s, { ...req, action: 'update' }, null);
}

/**
 * The record holder's export goes to the treatment team, so it may carry only what the team may
 * see: everything under the integrated model, else the categories a consent gives the team's
 * organisation.
 */
function decideTeamExport(s: ParticipantFacts, category: DataCategory, req: AccessRequest): Decision {
  if (s.legalModel === 'integrated' && s.treatmentTeamId)
    return allow('treatment_team_member', 'health_care_team');
  const team = { organisationId: s.treatmentTeamOrganisationId ?? '', role: 'clinician' as const };
  const coverage = consentCoverage(s.consents, team, category, 'ips_follow_up', osloToday(req.now));
  return coverage.covered ? allow('consent', 'consent') : deny(coverage.gap);
}

function decideOwnRecord(actor: UserActor, s: ParticipantFacts, req: AccessRequest): Decision {
  if (actor.participantId !== s.id) return deny('not_own_record');
  if (s.erased) return deny('erased');
  switch (req.action) {
    case 'read':
    case 'export':
    case 'read_access_log':
    case 'gdpr_export':
      return allow('own_record', 'data_subject_access');
    case 'withdraw_consent':
      return allow('own_record', 'consent_withdrawal');
    default:
      return deny('role_not_permitted');
  }
}

/**
 * A fidelity reviewer reads a participant's record only as a chart review: while the programme's
 * grant for the review is open, read-only, and never the health details or team discussion, which
 * the review rates from the programme's practice, not from her health. Otherwise nothing at all.
 */
function decideChartReview(s: ParticipantFacts, req: AccessRequest): Decision {
  if (!s.chartReview) return deny('role_not_permitted');
  if (s.chartReview.until === null) return deny('no_chart_review_grant');
  if (s.chartReview.until <= req.now) return deny('chart_review_grant_expired');
  if (req.action !== 'read' || s.erased) return deny('role_not_permitted');
  if (s.restricted) return deny('processing_restricted');
  return OUTSIDE_SUPERVISION.includes(req.category ?? 'identity')
    ? deny('role_not_permitted')
    : allow('fidelity_reviewer', 'quality_review');
}
