import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { cliFor } from '../cli.ts';
import { metaCommand } from './meta.ts';

describe('ips meta --help', () => {
  it('documents every option', () => {
    const program = new Command('ips');
    metaCommand(program, cliFor([], { env: {}, stdout: () => {}, stderr: () => {} }));
    const help = (program.commands.find((c) => c.name() === 'meta')?.helpInformation() ?? '').replace(
      /\s+/g,
      ' ',
    );
    for (const option of ['--measure', '--method', '--hksj', '--mods', '--json', '--forest', '--funnel']) {
      expect(help).toContain(option);
    }
    expect(help).toContain('"RR", "OR", "RD"');
    expect(help).toContain('"FE", "MH", "DL", "REML"');
  });
});
