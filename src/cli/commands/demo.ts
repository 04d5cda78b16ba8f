import type { Command } from 'commander';
import { withStore } from '../with-store.ts';

export function demoCommands(program: Command) {
  const demo = program.command('demo').description('demo data');
  demo
    .command('seed')
    .description('fill an empty database with the demo programme (refuses a database that has data)')
    .action(() =>
      withStore(async (store) => {
        const { isDatabaseEmpty, seedDemo } = await import('../../db/seed/demo.ts');
        const { hashPassword } = await import('../../server/auth/passwords.ts');
        if (!(await isDatabaseEmpty(store))) {
          console.error('The database already has programmes: demo data is only seeded into an empty one.');
          process.exitCode = 1;
          return;
        }
        await seedDemo(store, hashPassword);
        console.log('Seeded the demo programme.');
      }),
    );
}
