import type { Command } from 'commander';
import type { Store } from '../../db/store.ts';
import { type Role, roles } from '../../domain/code-lists.ts';
import { withStore } from '../with-store.ts';

interface CreateOptions {
  name: string;
  role: string;
  organisation: string;
  programme?: string;
  password?: string;
}

export function userCommands(program: Command) {
  const users = program.command('users').description('user accounts');
  users
    .command('create')
    .description('create a local user (password from --password or the IPS_NEW_PASSWORD variable)')
    .argument('<username>', 'lower-case letters, digits, . _ -')
    .requiredOption('--name <displayName>', 'full name shown in the UI')
    .requiredOption('--role <role>', `one of: ${roles.codes.join(', ')}`)
    .requiredOption('--organisation <name>', 'the organisation the user works for (exact name)')
    .option('--programme <name>', 'the IPS programme (exact name)')
    .option('--password <password>', 'at least 12 characters')
    .action(async (username: string, o: CreateOptions) => {
      const password = o.password ?? process.env.IPS_NEW_PASSWORD ?? '';
      if (password.length < 12) throw new Error('--password must be at least 12 characters');
      if (!(roles.codes as string[]).includes(o.role))
        throw new Error(`--role must be one of ${roles.codes.join(', ')}`);
      const id = await withStore((store) =>
        createUser(store, username, o as CreateOptions & { role: Role }, password),
      );
      console.log(`Created user ${username} (${id}).`);
    });
}

async function createUser(
  store: Store,
  username: string,
  o: CreateOptions & { role: Role },
  password: string,
) {
  const { hashPassword } = await import('../../server/auth/passwords.ts');
  const { insertUser } = await import('../../db/repositories/auth/users.ts');
  const { writeAudit } = await import('../../db/audit/writer.ts');
  const org = await store.db
    .selectFrom('organisation')
    .select('id')
    .where('name', '=', o.organisation)
    .executeTakeFirst();
  if (!org) throw new Error(`--organisation: no organisation named "${o.organisation}"`);
  const programme = o.programme
    ? await store.db.selectFrom('programme').select('id').where('name', '=', o.programme).executeTakeFirst()
    : null;
  if (o.programme && !programme) throw new Error(`--programme: no programme named "${o.programme}"`);
  const passwordHash = await hashPassword(password);
  return store.transact(async (tx) => {
    const userId = await insertUser(tx, {
      username,
      displayName: o.name,
      passwordHash,
      role: o.role,
      organisationId: org.id,
      programmeId: programme?.id ?? null,
    });
    const ctx = {
      actor: { kind: 'system', name: 'ips-cli' } as const,
      purpose: 'system_administration' as const,
      requestId: null,
    };
    await writeAudit(tx, ctx, [
      {
        action: 'create',
        subjectType: 'user',
        subjectId: userId,
        decision: 'allow',
        reason: 'system',
        legalBasis: 'system_operation',
      },
    ]);
    return userId;
  });
}
