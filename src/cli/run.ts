import { Command, CommanderError } from 'commander';
import { type CliIo, cliFor } from './cli.ts';
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

/**
 * Runs `ips` with the words after it and returns its exit code: 0, 1 when a command failed (its
 * message on standard error, `ips: ` before an error's), or commander's code for a usage error.
 * Help and usage errors are commander's, written to `io` instead of ending the process.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const cli = cliFor(argv, io);
  // Set before the commands are added, which inherit both settings.
  const program = new Command('ips')
    .description(
      'IPS Platform administration. The database is chosen by DATABASE_URL, else PGlite in IPS_DATA_DIR.',
    )
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .showHelpAfterError();
  dbCommands(program, cli);
  demoCommands(program, cli);
  userCommands(program, cli);
  auditCommands(program, cli);
  jobCommands(program, cli);
  retentionCommands(program, cli);
  openapiCommand(program, cli);
  synthCommand(program, cli);
  metaCommand(program, cli);
  researchCommands(program, cli);
  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode;
    cli.err(`ips: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
  return cli.exitCode();
}
