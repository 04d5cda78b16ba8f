import type { Command } from 'commander';
import type { Cli } from '../cli.ts';
import { withStore } from '../with-store.ts';

export function demoCommands(program: Command, cli: Cli) {
  const demo = program.command('demo').description('demo data');
  demo
    .command('seed')
    .description('fill an empty database with the demo programme (refuses a database that has data)')
    .action(() =>
      withStore(cli, async (store) => {
        const { isDatabaseEmpty, seedDemo } = await import('../../db/seed/demo.ts');
        const { hashPassword } = await import('../../server/auth/passwords.ts');
        if (!(await isDatabaseEmpty(store))) {
          cli.err('The database already has programmes: demo data is only seeded into an empty one.');
          cli.fail();
          return;
        }
        await seedDemo(store, hashPassword);
        cli.out('Seeded the demo programme.');
      }),
    );
}
