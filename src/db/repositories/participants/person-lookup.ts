import type { PersonRegister } from '../../../domain/person-register.ts';
import type { Caller } from '../../access/caller.ts';
import { authorise, Denial, guardedRead } from '../../access/guard.ts';
import type { Store } from '../../store.ts';
import type { NewParticipant } from './referral.ts';

/**
 * Fills a referral's name and protection from the population register. The lookup is decided as
 * the referral itself and audited before the number leaves the platform (the event names no
 * number); a person the register does not know keeps the name as typed.
 */
export async function fromRegister(
  store: Store,
  caller: Caller,
  input: NewParticipant,
  register: PersonRegister,
): Promise<NewParticipant> {
  await guardedRead(store, async (_db, sink) => {
    const programmeId = caller.programmeId;
    const decision = await authorise(
      sink,
      caller,
      { action: 'create', subject: { type: 'new_participant', programmeId } },
      { subjectType: 'person_register', programmeId, details: { asked: 'name_and_protection' } },
    );
    return decision.allow ? undefined : new Denial(decision.reason);
  });
  const found = await register.find(input.fnr);
  if (found.kind === 'not_found') return input;
  const { givenName, familyName, protection } = found.person;
  return { ...input, givenName, familyName, protection };
}
