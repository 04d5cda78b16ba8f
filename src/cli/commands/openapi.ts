import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { OPENAPI_FILE, openApiDocument } from '../../server/openapi.ts';

export function openapiCommand(program: Command) {
  program
    .command('openapi')
    .description(`print the OpenAPI document, or write it to ${OPENAPI_FILE} with --write`)
    .option('--write', 'write the committed copy instead of printing')
    .action(async (o: { write?: boolean }) => {
      const text = await openApiDocument();
      if (o.write) writeFileSync(OPENAPI_FILE, text);
      else process.stdout.write(text);
    });
}
