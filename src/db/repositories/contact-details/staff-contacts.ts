import type { Kysely, Transaction } from 'kysely';
import { AppError } from '../../../domain/app-error.ts';
import type { Role } from '../../../domain/code-lists.ts';
import type { Schema } from '../../schema.ts';

/** A staff member's work contact details: staff data, shown to whoever may see the participant. */
export interface StaffContact {
  id: string;
  displayName: string;
  role: Role;
  organisation: string;
  phone: string | null;
  email: string | null;
}

/** The named staff members' work contact details, by id (unknown ids are left out). */
export async function staffContacts(db: Kysely<Schema>, ids: (string | null)[]) {
  const wanted = ids.filter((id): id is string => id !== null);
  if (wanted.length === 0) return new Map<string, StaffContact>();
  const rows = await db
    .selectFrom('app_user as u')
    .innerJoin('organisation as o', 'o.id', 'u.organisation_id')
    .select(['u.id', 'u.display_name', 'u.role', 'o.name', 'u.phone', 'u.email'])
    .where('u.id', 'in', wanted)
    .execute();
  return new Map(
    rows.map((r) => [
      r.id,
      {
        id: r.id,
        displayName: r.display_name,
        role: r.role as Role,
        organisation: r.name,
        phone: r.phone,
        email: r.email,
      },
    ]),
  );
}

/**
 * The staff member to name as the participant's NAV adviser or clinician: an active user of that
 * role in her programme, else a 400 naming the field.
 */
export async function checkStaffRole(
  tx: Transaction<Schema>,
  programmeId: string,
  field: 'navAdviserId' | 'clinicianId',
  id: string | null | undefined,
) {
  if (!id) return;
  const role: Role = field === 'navAdviserId' ? 'nav_adviser' : 'clinician';
  const row = await tx
    .selectFrom('app_user')
    .select('id')
    .where('id', '=', id)
    .where('role', '=', role)
    .where('programme_id', '=', programmeId)
    .where('active', '=', true)
    .executeTakeFirst();
  if (!row)
    throw AppError.validation([
      { path: field, message: `${field} is not an active ${role} in this programme` },
    ]);
}
