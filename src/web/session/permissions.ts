import type { Role, User } from '../api/types.ts';

/**
 * What the UI offers to whom. These mirror the API's policy only to hide dead ends: the API
 * decides every access itself and refuses (and logs) whatever the UI might still send.
 */
export const TEAM_ROLES: readonly Role[] = ['job_specialist', 'supervisor', 'clinician', 'nav_adviser'];

export const isTeamRole = (role: Role): boolean => TEAM_ROLES.includes(role);

/** The record's holders: its assigned job specialist and the programme's supervisor. */
export function holdsRecord(user: User, record: { jobSpecialist: { id: string } | null }): boolean {
  return (
    user.role === 'supervisor' || (user.role === 'job_specialist' && record.jobSpecialist?.id === user.id)
  );
}
