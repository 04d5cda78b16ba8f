import type { NoteCategory } from '../../../domain/code-lists.ts';
import type { Caller } from '../../access/caller.ts';
import { Denial, guarded } from '../../access/guard.ts';
import { type CaseNote, notesOf } from '../../access/participant-facts.ts';
import { gateParticipant } from '../../access/participant-gate.ts';
import type { Store } from '../../store.ts';

/**
 * The job specialist's own record. Its notes live only here: nothing in the platform writes to a
 * patient journal, and a note leaves only through the audited, consent-limited team export.
 */
export class CaseNoteRepository {
  constructor(
    private readonly store: Store,
    private readonly caller: Caller,
  ) {}

  add(participantId: string, category: NoteCategory, body: string): Promise<CaseNote> {
    return guarded(this.store, async (tx) => {
      const gate = await gateParticipant(tx, tx, this.caller, 'update', participantId, {
        category,
        details: { view: 'case_note' },
      });
      if (gate instanceof Denial) return gate;
      const authorId = this.caller.userId;
      const { id } = await tx
        .insertInto('case_note')
        .values({ participant_id: participantId, category, body, author_id: authorId })
        .returning('id')
        .executeTakeFirstOrThrow();
      const notes = await notesOf(tx, participantId, [category]);
      return notes.find((n) => n.id === id) as CaseNote;
    });
  }
}
