import { Command } from 'commander';
import { auditCommands } from './commands/audit.ts';
import { dbCommands } from './commands/db.ts';
import { demoCommands } from './commands/demo.ts';
import { jobCommands } from './commands/jobs.ts';
import { metaCommand } from './commands/meta.ts';
import { openapiCommand } from './commands/openapi.ts';
import { researchCommands } from './commands/research.ts';
import { retentionCommands } from './commands/retention.ts';
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
retentionCommands(program);
openapiCommand(program);
synthCommand(program);
metaCommand(program);
researchCommands(program);

program.parseAsync().catch((error: unknown) => {
  console.error(`ips: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
