import type { Command } from 'commander';
import type { Store } from '../../db/store.ts';
import { type Role, roles } from '../../domain/code-lists.ts';
import type { Cli } from '../cli.ts';
import { withStore } from '../with-store.ts';

interface CreateOptions {
  name: string;
  role: string;
  organisation: string;
  programme?: string;
  password?: string;
}

export function userCommands(program: Command, cli: Cli) {
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
      const password = o.password ?? cli.env.IPS_NEW_PASSWORD ?? '';
      if (password.length < 12) throw new Error('--password must be at least 12 characters');
      if (!(roles.codes as string[]).includes(o.role))
        throw new Error(`--role must be one of ${roles.codes.join(', ')}`);
      const id = await withStore(cli, (store) =>
        createUser(store, username, o as CreateOptions & { role: Role }, password),
      );
      cli.out(`Created user ${username} (${id}).`);
    });
  users
    .command('link-identity')
    .description('let a staff account sign in through an OpenID provider as the identity (issuer, subject)')
    .argument('<username>', 'the staff account')
    .requiredOption('--issuer <url>', 'the provider’s issuer, exactly as in its ID tokens (iss)')
    .requiredOption('--subject <sub>', 'the person’s subject at that provider (sub)')
    .action(async (username: string, o: { issuer: string; subject: string }) => {
      await withStore(cli, (store) => linkStaffIdentity(store, username, o.issuer, o.subject));
      cli.out(`Linked ${username} to ${o.subject} at ${o.issuer}.`);
    });
}

async function linkStaffIdentity(store: Store, username: string, issuer: string, subject: string) {
  const { linkIdentity } = await import('../../db/repositories/auth/identities.ts');
  const { writeAudit } = await import('../../db/audit/writer.ts');
  const user = await store.db
    .selectFrom('app_user')
    .select(['id', 'role'])
    .where('username', '=', username)
    .executeTakeFirst();
  if (!user) throw new Error(`no user named "${username}"`);
  // A participant signs in by her identity number, never by a linked identity.
  if (user.role === 'participant')
    throw new Error(`${username} is a participant: only staff accounts are linked`);
  await store.transact(async (tx) => {
    await linkIdentity(tx, issuer, subject, user.id);
    const ctx = {
      actor: { kind: 'system', name: 'ips-cli' } as const,
      purpose: 'system_administration' as const,
      requestId: null,
    };
    await writeAudit(tx, ctx, [
      {
        action: 'update',
        subjectType: 'user',
        subjectId: user.id,
        decision: 'allow',
        reason: 'identity_linked',
        legalBasis: 'system_operation',
        details: { issuer, subject },
      },
    ]);
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
