import { dataCategories, type NoteCategory, noteCategories } from '../../../domain/code-lists.ts';
import type { Caller } from '../../access/caller.ts';
import { Denial, guardedRead } from '../../access/guard.ts';
import type { CaseNote } from '../../access/participant-facts.ts';
import { gateRecord, type Withheld } from '../../access/participant-gate.ts';
import type { Store } from '../../store.ts';

export interface TeamExport {
  participant: { handle: string | null; givenName: string; familyName: string; fnr: string | null };
  generatedAt: Date;
  /** The categories the treatment team may receive, each with its notes (newest first). */
  categories: { category: NoteCategory; label: string; notes: CaseNote[] }[];
  withheld: Withheld[];
}

/**
 * The one way the job specialist's record leaves the platform: a download for the treatment team,
 * limited to what the team may see. Nothing is written anywhere but the audit log; no path writes to
 * a patient journal.
 */
export class TeamExportRepository {
  constructor(
    private readonly store: Store,
    private readonly caller: Caller,
  ) {}

  build(participantId: string): Promise<TeamExport> {
    return guardedRead(this.store, async (db, sink) => {
      const gate = await gateRecord(db, sink, this.caller, 'export', participantId);
      if (gate instanceof Denial) return gate;
      const allowed = gate.visibility.allowed.filter((c): c is NoteCategory =>
        noteCategories.includes(c as NoteCategory),
      );
      const { row, notes } = gate;
      return {
        participant: {
          handle: row.handle,
          givenName: row.given_name,
          familyName: row.family_name,
          fnr: row.fnr,
        },
        generatedAt: new Date(),
        categories: allowed.map((category) => ({
          category,
          label: dataCategories.labels[category].nb,
          notes: notes.filter((n) => n.category === category),
        })),
        withheld: gate.visibility.withheld,
      };
    });
  }
}
