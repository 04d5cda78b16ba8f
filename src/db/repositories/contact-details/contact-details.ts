import type { Protection } from '../../../domain/code-lists.ts';
import { addressAfter } from '../../../domain/protected-identity.ts';
import type { Caller } from '../../access/caller.ts';
import { Denial, guarded, guardedRead } from '../../access/guard.ts';
import { lockParticipant } from '../../access/participant-facts.ts';
import { gateParticipant } from '../../access/participant-gate.ts';
import type { Db } from '../../database.ts';
import type { Store } from '../../store.ts';
import { checkStaffRole, type StaffContact, staffContacts } from './staff-contacts.ts';

/** The participant's own phone and e-mail, and the work contact details of the people around her. */
export interface ContactDetails {
  participant: {
    phone: string | null;
    email: string | null;
    /** Never stored while she carries protection. */
    address: string | null;
    protection: Protection | null;
  };
  jobSpecialist: StaffContact | null;
  navAdviser: StaffContact | null;
  clinician: StaffContact | null;
}

export interface ContactChanges {
  phone?: string | null;
  email?: string | null;
  address?: string | null;
  protection?: Protection | null;
  navAdviserId?: string | null;
  clinicianId?: string | null;
}

/**
 * Contact details on a participant's record. Her phone and e-mail are identity data, and the staff
 * named on her record are shown to whoever may see her identity: one identity decision, audited.
 */
export class ContactDetailsRepository {
  constructor(
    private readonly store: Store,
    private readonly caller: Caller,
  ) {}

  get(participantId: string): Promise<ContactDetails> {
    return guardedRead(this.store, async (db, sink) => {
      const gate = await gateParticipant(db, sink, this.caller, 'read', participantId, {
        category: 'identity',
        details: { view: 'contact_details' },
      });
      if (gate instanceof Denial) return gate;
      return detailsOf(db, participantId);
    });
  }

  /** Changes her contact details or who her NAV adviser and clinician are: identity, for the record holders. */
  update(participantId: string, changes: ContactChanges): Promise<ContactDetails> {
    return guarded(this.store, async (tx) => {
      await lockParticipant(tx, participantId);
      const gate = await gateParticipant(tx, tx, this.caller, 'update', participantId, {
        category: 'identity',
        details: { view: 'contact_details', fields: Object.keys(changes).sort() },
      });
      if (gate instanceof Denial) return gate;
      const protection =
        changes.protection === undefined ? (gate.row.protection as Protection | null) : changes.protection;
      const address = addressAfter(protection, changes.address);
      await checkStaffRole(tx, gate.row.programme_id, 'navAdviserId', changes.navAdviserId);
      await checkStaffRole(tx, gate.row.programme_id, 'clinicianId', changes.clinicianId);
      await tx
        .updateTable('participant')
        .set((eb) => ({
          phone: changes.phone,
          email: changes.email,
          address,
          protection: changes.protection,
          nav_adviser_id: changes.navAdviserId,
          clinician_id: changes.clinicianId,
          updated_at: new Date(),
          version: eb('version', '+', 1),
        }))
        .where('id', '=', participantId)
        .execute();
      return detailsOf(tx, participantId);
    });
  }
}

async function detailsOf(db: Db, participantId: string): Promise<ContactDetails> {
  const p = await db
    .selectFrom('participant')
    .select([
      'phone',
      'email',
      'address',
      'protection',
      'job_specialist_id',
      'nav_adviser_id',
      'clinician_id',
    ])
    .where('id', '=', participantId)
    .executeTakeFirstOrThrow();
  const staff = await staffContacts(db, [p.job_specialist_id, p.nav_adviser_id, p.clinician_id]);
  const of = (id: string | null) => (id ? (staff.get(id) ?? null) : null);
  return {
    participant: {
      phone: p.phone,
      email: p.email,
      address: p.address,
      protection: p.protection as Protection | null,
    },
    jobSpecialist: of(p.job_specialist_id),
    navAdviser: of(p.nav_adviser_id),
    clinician: of(p.clinician_id),
  };
}
