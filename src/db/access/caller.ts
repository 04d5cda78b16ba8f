import type { AccessContext, Action, Actor, Decision, PolicyFn, Subject } from '../../domain/access.ts';
import type { DataCategory, Purpose } from '../../domain/code-lists.ts';
import type { ParticipantRecordRow, PrefetchedRecord } from './participant-facts.ts';

/** No user has the nil UUID: what the system actor matches in queries keyed by the caller. */
const NO_USER = '00000000-0000-0000-0000-000000000000';

/** One question to the policy: an action on a subject, for one data category where it matters. */
export interface Ask {
  action: Action;
  subject: Subject;
  category?: DataCategory;
  entryRecordedBy?: string | null;
}

/**
 * Who is asking, for what purpose, in which request, and the one policy that answers them: what
 * every repository is built with. It is an access context, so the audit writer takes it as one.
 */
export class Caller implements AccessContext {
  readonly actor: Actor;
  readonly purpose: Purpose;
  readonly requestId: string | null;

  constructor(
    ctx: AccessContext,
    private readonly policy: PolicyFn,
    private prefetched?: PrefetchedRecord,
  ) {
    this.actor = ctx.actor;
    this.purpose = ctx.purpose;
    this.requestId = ctx.requestId;
  }

  /** Asks the one policy function (nothing is written). */
  ask(q: Ask, now = new Date()): Decision {
    return this.policy({ actor: this.actor, purpose: this.purpose, now, ...q });
  }

  /**
   * The record row of `id` if it was loaded with the caller's session, once: the read that takes it
   * decides and audits it as if it had loaded it; undefined when it must load it itself.
   */
  takePrefetched(id: string): ParticipantRecordRow | null | undefined {
    const prefetched = this.prefetched;
    if (prefetched?.id !== id) return undefined;
    this.prefetched = undefined;
    return prefetched.row;
  }

  /** The calling user's id (the nil UUID for the system actor, which matches no row). */
  get userId(): string {
    return this.actor.kind === 'user' ? this.actor.userId : NO_USER;
  }

  /** The calling user's programme, or null (the system actor, an administrator). */
  get programmeId(): string | null {
    return this.actor.kind === 'user' ? this.actor.programmeId : null;
  }
}
