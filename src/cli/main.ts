import { Command } from 'commander';
import { auditCommands } from './commands/audit.ts';
import { dbCommands } from './commands/db.ts';
import { demoCommands } from './commands/demo.ts';
import { jobCommands } from './commands/jobs.ts';
import { metaCommand } from './commands/meta.ts';
import { openapiCommand } from './commands/openapi.ts';
import { synthCommand } from './commands/synth.ts';
import { userCommands } from './commands/users.ts';

const program = new Command('ips')
  .description(
    'IPS Platform administration. The database is chosen by DATABASE_URL, else PGlite in IPS_DATA_DIR.',
  )
  .showHelpAfterError();
dbCommands(program);
demoCommands(program);
userCommands(program);
auditCommands(program);
jobCommands(program);
openapiCommand(program);
synthCommand(program);
metaCommand(program);

program.parseAsync().catch((error: unknown) => {
  console.error(`ips: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
