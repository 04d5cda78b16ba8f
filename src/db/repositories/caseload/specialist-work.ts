import { AppError } from '../../../domain/app-error.ts';
import type { Caller } from '../../access/caller.ts';
import type { Db } from '../../database.ts';

export interface Specialist {
  id: string;
  displayName: string;
  programmeId: string;
}

/** The job specialist whose work is asked about (the caller when no one is named). */
export async function loadSpecialist(db: Db, caller: Caller, id: string | undefined): Promise<Specialist> {
  const userId = id ?? caller.userId;
  const row = await db
    .selectFrom('app_user')
    .select(['id', 'display_name', 'programme_id'])
    .where('id', '=', userId)
    .where('role', '=', 'job_specialist')
    .executeTakeFirst();
  if (!row?.programme_id) throw new AppError('not_found', `no job specialist ${userId}`);
  return { id: row.id, displayName: row.display_name, programmeId: row.programme_id };
}
