import type { Command } from 'commander';
import type { Cli } from '../cli.ts';

export function openapiCommand(program: Command, cli: Cli) {
  program
    .command('openapi')
    .description(
      'print the OpenAPI document the routes generate (npm run openapi writes the committed copies)',
    )
    .action(async () => {
      const { openApiDocument } = await import('../../server/openapi.ts');
      cli.write(await openApiDocument());
    });
}
