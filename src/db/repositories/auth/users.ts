import type { Role } from '../../../domain/code-lists.ts';
import type { Db } from '../../database.ts';

export interface NewUser {
  username: string;
  displayName: string;
  passwordHash: string;
  role: Role;
  organisationId: string;
  programmeId: string | null;
}

export async function insertUser(db: Db, u: NewUser): Promise<string> {
  const { id } = await db
    .insertInto('app_user')
    .values({
      username: u.username,
      display_name: u.displayName,
      password_hash: u.passwordHash,
      role: u.role,
      organisation_id: u.organisationId,
      programme_id: u.programmeId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export function findUserByUsername(db: Db, username: string) {
  return db
    .selectFrom('app_user')
    .select([
      'id',
      'username',
      'display_name',
      'password_hash',
      'role',
      'organisation_id',
      'programme_id',
      'active',
    ])
    .where('username', '=', username)
    .executeTakeFirst();
}

export function listJobSpecialists(db: Db, programmeId: string) {
  return db
    .selectFrom('app_user')
    .select(['id', 'display_name'])
    .where('programme_id', '=', programmeId)
    .where('role', '=', 'job_specialist')
    .where('active', '=', true)
    .orderBy('display_name')
    .execute();
}
