import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';

export function openapiCommand(program: Command) {
  program
    .command('openapi')
    .description('print the OpenAPI document, or write it to docs/openapi.json with --write')
    .option('--write', 'write the committed copy instead of printing')
    .action(async (o: { write?: boolean }) => {
      const { OPENAPI_FILE, openApiDocument } = await import('../../server/openapi.ts');
      const text = await openApiDocument();
      if (o.write) writeFileSync(OPENAPI_FILE, text);
      else process.stdout.write(text);
    });
}
