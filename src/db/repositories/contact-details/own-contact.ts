import type { Caller } from '../../access/caller.ts';
import { writeAudit } from '../../audit/writer.ts';
import type { Store } from '../../store.ts';

export interface WorkContact {
  phone: string | null;
  email: string | null;
}

/** A staff member's own work phone and e-mail, which the participants they follow and their teams see. */
export class OwnContactRepository {
  constructor(
    private readonly store: Store,
    private readonly caller: Caller,
  ) {}

  get(): Promise<WorkContact> {
    return this.store.db
      .selectFrom('app_user')
      .select(['phone', 'email'])
      .where('id', '=', this.caller.userId)
      .executeTakeFirstOrThrow();
  }

  /** Sets both (null clears one), audited as a change to the caller's own account. */
  set(contact: WorkContact): Promise<WorkContact> {
    return this.store.transact(async (tx) => {
      await writeAudit(tx, this.caller, [
        {
          action: 'update',
          subjectType: 'user',
          subjectId: this.caller.userId,
          programmeId: this.caller.programmeId,
          decision: 'allow',
          reason: 'own_account',
          details: { fields: ['email', 'phone'] },
        },
      ]);
      return tx
        .updateTable('app_user')
        .set({ phone: contact.phone, email: contact.email })
        .where('id', '=', this.caller.userId)
        .returning(['phone', 'email'])
        .executeTakeFirstOrThrow();
    });
  }
}
