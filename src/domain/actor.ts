import type { Role } from './code-lists.ts';

/** Who is acting: a signed-in user, or the platform itself (CLI, scheduled jobs), named. */
export type Actor =
  | {
      kind: 'user';
      userId: string;
      name: string;
      role: Role;
      organisationId: string;
      programmeId: string | null;
      /** Teams the user belongs to: the integrated legal model lets treatment-team members in. */
      teamIds: readonly string[];
      /** Set only for role 'participant': whose record is their own. */
      participantId: string | null;
    }
  | { kind: 'system'; name: string };

export type UserActor = Extract<Actor, { kind: 'user' }>;
