import { describe, expect, it } from 'vitest';
import type { ParticipantFacts } from '../access.ts';
import type { Actor, UserActor } from '../actor.ts';
import type { DataCategory, Role } from '../code-lists.ts';
import type { ConsentFacts } from '../consent.ts';
import { decide } from './decide.ts';

const PROGRAMME = 'prog-salten';
const NOW = new Date('2026-06-15T10:00:00Z');
const consent: ConsentFacts = {
  id: 'c1',
  version: 1,
  status: 'active',
  categories: ['job_plan'],
  recipients: [{ organisationId: 'org-nav', role: 'nav_adviser' }],
  purpose: 'ips_follow_up',
  validFrom: '2026-01-01',
  validTo: '2026-12-31',
};

function facts(overrides: Partial<ParticipantFacts> = {}): ParticipantFacts {
  return {
    type: 'participant',
    id: 'p1',
    programmeId: PROGRAMME,
    jobSpecialistId: 'u-kari',
    hostOrganisationId: 'org-nav',
    treatmentTeamId: 'team-fact',
    treatmentTeamOrganisationId: 'org-fact',
    legalModel: 'consent_based',
    consents: [consent],
    restricted: false,
    erased: false,
    protection: null,
    breakGlassUntil: null,
    ...overrides,
  };
}

function user(role: Role, overrides: Partial<UserActor> = {}): Actor {
  return {
    kind: 'user',
    userId: `u-${role}`,
    name: role,
    role,
    organisationId: 'org-nav',
    programmeId: PROGRAMME,
    teamIds: [],
    participantId: null,
    ...overrides,
  };
}

const read = (actor: Actor, category: DataCategory, subject = facts(), purpose = 'ips_follow_up' as const) =>
  decide({ actor, action: 'read', subject, category, purpose, now: NOW });

describe('the policy decision on a participant record', () => {
  it('lets the assigned job specialist see every category on the caseload basis', () => {
    expect(read(user('job_specialist', { userId: 'u-kari' }), 'work_health')).toEqual({
      allow: true,
      reason: 'assigned_job_specialist',
      legalBasis: 'caseload_assignment',
    });
  });

  it('lets a NAV adviser with consent for job plans see the plan but not the health notes', () => {
    const nav = user('nav_adviser');
    expect(read(nav, 'job_plan')).toMatchObject({ allow: true, reason: 'consent', legalBasis: 'consent' });
    expect(read(nav, 'identity')).toMatchObject({ allow: true, reason: 'consent' });
    expect(read(nav, 'work_health')).toEqual({ allow: false, reason: 'category_not_covered' });
  });

  it('names the gap: withdrawn, expired, not yet valid, none', () => {
    const nav = user('nav_adviser');
    const withdrawn = facts({ consents: [{ ...consent, status: 'withdrawn' }] });
    const expired = facts({ consents: [{ ...consent, validTo: '2026-06-14' }] });
    const future = facts({ consents: [{ ...consent, validFrom: '2026-06-16' }] });
    expect(read(nav, 'job_plan', withdrawn)).toEqual({ allow: false, reason: 'consent_withdrawn' });
    expect(read(nav, 'job_plan', expired)).toEqual({ allow: false, reason: 'consent_expired' });
    expect(read(nav, 'job_plan', future)).toEqual({ allow: false, reason: 'consent_not_yet_valid' });
    expect(read(nav, 'job_plan', facts({ consents: [] }))).toEqual({ allow: false, reason: 'no_consent' });
  });

  it('narrows a protected person’s record to the holders and her, consent or team notwithstanding', () => {
    const shielded = facts({ protection: 'strengt_fortrolig', legalModel: 'integrated' });
    const refused = { allow: false, reason: 'protected_identity' };
    expect(read(user('nav_adviser'), 'job_plan', shielded)).toEqual(refused);
    const teamMember = user('clinician', { organisationId: 'org-fact', teamIds: ['team-fact'] });
    expect(read(teamMember, 'work_health', shielded)).toEqual(refused);
    expect(read(user('job_specialist'), 'identity', shielded)).toEqual(refused);
    expect(read(user('job_specialist', { userId: 'u-kari' }), 'work_health', shielded)).toMatchObject({
      allow: true,
    });
    expect(read(user('supervisor'), 'job_plan', shielded)).toMatchObject({ allow: true });
    const herself = user('participant', { participantId: 'p1' });
    expect(read(herself, 'identity', shielded)).toMatchObject({ allow: true, reason: 'own_record' });
    const exported = decide({
      actor: user('job_specialist', { userId: 'u-kari' }),
      action: 'export',
      subject: shielded,
      category: 'job_plan',
      purpose: 'ips_follow_up',
      now: NOW,
    });
    expect(exported).toEqual(refused);
  });

  it('holds a consent to its organisation and role', () => {
    expect(read(user('clinician'), 'job_plan')).toEqual({ allow: false, reason: 'no_consent' });
    expect(read(user('nav_adviser', { organisationId: 'org-other' }), 'job_plan')).toEqual({
      allow: false,
      reason: 'no_consent',
    });
  });

  it('lets treatment-team members in on the health-law basis only under the integrated model', () => {
    const clinician = user('clinician', { organisationId: 'org-fact', teamIds: ['team-fact'] });
    expect(read(clinician, 'work_health')).toEqual({ allow: false, reason: 'no_consent' });
    expect(read(clinician, 'work_health', facts({ legalModel: 'integrated' }))).toEqual({
      allow: true,
      reason: 'treatment_team_member',
      legalBasis: 'health_care_team',
    });
  });

  it('keeps health details outside supervision unless the supervisor breaks the glass', () => {
    const supervisor = user('supervisor');
    expect(read(supervisor, 'job_plan', facts(), 'supervision' as never)).toMatchObject({ allow: true });
    expect(read(supervisor, 'work_health')).toEqual({ allow: false, reason: 'outside_supervision_scope' });
    const glass = facts({ breakGlassUntil: new Date(NOW.getTime() + 60_000) });
    expect(read(supervisor, 'work_health', glass)).toEqual({
      allow: true,
      reason: 'break_the_glass',
      legalBasis: 'emergency_access',
    });
    const expired = facts({ breakGlassUntil: new Date(NOW.getTime() - 1) });
    expect(read(supervisor, 'work_health', expired)).toEqual({
      allow: false,
      reason: 'outside_supervision_scope',
    });
  });

  it('lets a participant read only their own record, on her right of access', () => {
    expect(read(user('participant', { participantId: 'p1' }), 'work_health')).toEqual({
      allow: true,
      reason: 'own_record',
      legalBasis: 'data_subject_access',
    });
    expect(read(user('participant', { participantId: 'p2' }), 'identity')).toEqual({
      allow: false,
      reason: 'not_own_record',
    });
  });

  it('lets a participant withdraw her consent on her right to withdraw it', () => {
    const actor = user('participant', { participantId: 'p1' });
    const own = (action: 'withdraw_consent' | 'gdpr_export' | 'read_access_log') =>
      decide({ actor, action, subject: facts(), purpose: 'own_data', now: NOW });
    expect(own('withdraw_consent')).toMatchObject({ allow: true, legalBasis: 'consent_withdrawal' });
    expect(own('gdpr_export')).toMatchObject({ allow: true, legalBasis: 'data_subject_access' });
    expect(own('read_access_log')).toMatchObject({ allow: true, legalBasis: 'data_subject_access' });
  });

  it('refuses other programmes, admins, researchers and restricted records', () => {
    expect(read(user('job_specialist', { userId: 'u-kari', programmeId: 'x' }), 'identity')).toEqual({
      allow: false,
      reason: 'other_programme',
    });
    expect(read(user('admin'), 'identity')).toEqual({ allow: false, reason: 'admin_no_case_content' });
    expect(read(user('researcher'), 'identity')).toEqual({ allow: false, reason: 'role_not_permitted' });
    expect(read(user('nav_adviser'), 'job_plan', facts({ restricted: true }))).toEqual({
      allow: false,
      reason: 'processing_restricted',
    });
  });

  it('allows only what a consent gives the treatment team in the holder’s export', () => {
    const kari = user('job_specialist', { userId: 'u-kari' });
    const toTeam = facts({
      consents: [{ ...consent, recipients: [{ organisationId: 'org-fact', role: null }] }],
    });
    const ex = (category: DataCategory, subject = toTeam) =>
      decide({ actor: kari, action: 'export', subject, category, purpose: 'ips_follow_up', now: NOW });
    expect(ex('job_plan')).toMatchObject({ allow: true, reason: 'consent' });
    expect(ex('work_health')).toEqual({ allow: false, reason: 'category_not_covered' });
    expect(ex('job_plan', facts())).toEqual({ allow: false, reason: 'no_consent' });
  });
});

describe('the policy decision on programme-level subjects', () => {
  const at = (actor: Actor, subject: Parameters<typeof decide>[0]['subject']) =>
    decide({ actor, action: 'list', subject, purpose: 'ips_follow_up', now: NOW });

  it('scopes caseloads: own for job specialists, the programme for supervisors', () => {
    expect(at(user('job_specialist'), { type: 'caseload', programmeId: PROGRAMME })).toMatchObject({
      scope: 'own',
    });
    expect(at(user('supervisor'), { type: 'caseload', programmeId: PROGRAMME })).toMatchObject({
      scope: 'programme',
    });
    expect(at(user('reviewer'), { type: 'caseload', programmeId: PROGRAMME })).toEqual({
      allow: false,
      reason: 'role_not_permitted',
    });
  });

  it('opens anonymous cooperation to the team roles and programme settings to the programme lead', () => {
    expect(at(user('clinician'), { type: 'cooperation', programmeId: PROGRAMME })).toMatchObject({
      allow: true,
    });
    expect(at(user('researcher'), { type: 'cooperation', programmeId: PROGRAMME })).toMatchObject({
      allow: false,
    });
    expect(at(user('programme_manager'), { type: 'programme', programmeId: PROGRAMME })).toMatchObject({
      allow: true,
      reason: 'programme_lead',
    });
    expect(at(user('supervisor'), { type: 'programme', programmeId: PROGRAMME })).toMatchObject({
      allow: false,
    });
    expect(at(user('programme_manager'), { type: 'programme', programmeId: 'other' })).toEqual({
      allow: false,
      reason: 'other_programme',
    });
  });
});

describe('the policy decision on the programme directory', () => {
  const ask = (actor: Actor, programmeId: string | null, action: 'list' | 'manage' = 'list') =>
    decide({
      actor,
      action,
      subject: { type: 'directory', programmeId },
      purpose: 'ips_follow_up',
      now: NOW,
    });

  it('lets everyone signed in list their own programme’s directory, and no other programme’s', () => {
    expect(ask(user('clinician'), PROGRAMME)).toMatchObject({ allow: true, reason: 'signed_in' });
    expect(ask(user('participant'), PROGRAMME)).toMatchObject({ allow: true });
    expect(ask(user('job_specialist'), 'prog-tromso')).toEqual({ allow: false, reason: 'other_programme' });
  });

  it('gives a caller without a programme only the empty directory, and lets no one change it', () => {
    expect(ask(user('admin', { programmeId: null }), null)).toMatchObject({ allow: true });
    expect(ask(user('supervisor'), PROGRAMME, 'manage')).toEqual({
      allow: false,
      reason: 'role_not_permitted',
    });
  });
});

describe('correcting or voiding a saved entry', () => {
  const correct = (actor: Actor, entryRecordedBy: string | null, category: DataCategory = 'job_plan') =>
    decide({
      actor,
      action: 'correct',
      subject: facts(),
      category,
      entryRecordedBy,
      purpose: 'ips_follow_up',
      now: NOW,
    });

  it('lets the record holders correct the job specialist’s entries, the supervisor within her scope', () => {
    expect(correct(user('job_specialist', { userId: 'u-kari' }), 'u-kari')).toMatchObject({
      allow: true,
      reason: 'assigned_job_specialist',
    });
    expect(correct(user('supervisor'), 'u-kari')).toMatchObject({
      allow: true,
      reason: 'programme_supervisor',
    });
    expect(correct(user('supervisor'), 'u-kari', 'team_discussion')).toEqual({
      allow: false,
      reason: 'outside_supervision_scope',
    });
  });

  it('refuses a cooperating service the job specialist’s entry, even with consent to read it', () => {
    expect(correct(user('nav_adviser'), 'u-kari')).toEqual({ allow: false, reason: 'role_not_permitted' });
    expect(correct(user('clinician'), 'u-kari')).toEqual({ allow: false, reason: 'role_not_permitted' });
    expect(correct(user('job_specialist', { userId: 'u-jonas' }), 'u-kari')).toEqual({
      allow: false,
      reason: 'not_assigned',
    });
  });

  it('lets the author of a note correct it only while she could still write it', () => {
    const nav = user('nav_adviser');
    expect(correct(nav, 'u-nav_adviser')).toMatchObject({ allow: true, reason: 'consent' });
    expect(correct(nav, 'u-nav_adviser', 'work_health')).toEqual({
      allow: false,
      reason: 'category_not_covered',
    });
  });
});
