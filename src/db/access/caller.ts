import type { AccessContext } from '../../domain/access.ts';

/** No user has the nil UUID: what the system actor matches in queries keyed by the caller. */
const NO_USER = '00000000-0000-0000-0000-000000000000';

/** The calling user's id (the nil UUID for the system actor, which matches no row). */
export function userIdOf(ctx: AccessContext): string {
  return ctx.actor.kind === 'user' ? ctx.actor.userId : NO_USER;
}

/** The calling user's programme, or null (the system actor, an administrator). */
export function programmeOf(ctx: AccessContext): string | null {
  return ctx.actor.kind === 'user' ? ctx.actor.programmeId : null;
}
