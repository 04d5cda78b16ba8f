import type { Command } from 'commander';
import { writeAudit } from '../../db/audit/writer.ts';
import { insertUser } from '../../db/repositories/users.ts';
import { roles } from '../../domain/code-lists.ts';
import { hashPassword } from '../../server/auth/passwords.ts';
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
    .action((username: string, o: CreateOptions) =>
      withStore(async (store) => {
        const password = o.password ?? process.env.IPS_NEW_PASSWORD ?? '';
        if (password.length < 12) throw new Error('--password must be at least 12 characters');
        if (!(roles.codes as string[]).includes(o.role))
          throw new Error(`--role must be one of ${roles.codes.join(', ')}`);
        const org = await store.db
          .selectFrom('organisation')
          .select('id')
          .where('name', '=', o.organisation)
          .executeTakeFirst();
        if (!org) throw new Error(`--organisation: no organisation named "${o.organisation}"`);
        const programme = o.programme
          ? await store.db
              .selectFrom('programme')
              .select('id')
              .where('name', '=', o.programme)
              .executeTakeFirst()
          : null;
        if (o.programme && !programme) throw new Error(`--programme: no programme named "${o.programme}"`);
        const passwordHash = await hashPassword(password);
        const id = await store.transact(async (tx) => {
          const userId = await insertUser(tx, {
            username,
            displayName: o.name,
            passwordHash,
            role: o.role as (typeof roles.codes)[number],
            organisationId: org.id,
            programmeId: programme?.id ?? null,
          });
          await writeAudit(
            tx,
            { actor: { kind: 'system', name: 'ips-cli' }, purpose: 'system_administration', requestId: null },
            [
              {
                action: 'create',
                subjectType: 'user',
                subjectId: userId,
                decision: 'allow',
                reason: 'system',
                legalBasis: 'system_operation',
              },
            ],
          );
          return userId;
        });
        console.log(`Created user ${username} (${id}).`);
      }),
    );
}
