import type { Command } from 'commander';

export function openapiCommand(program: Command) {
  program
    .command('openapi')
    .description(
      'print the OpenAPI document the routes generate (npm run openapi writes the committed copies)',
    )
    .action(async () => {
      const { openApiDocument } = await import('../../server/openapi.ts');
      process.stdout.write(await openApiDocument());
    });
}
