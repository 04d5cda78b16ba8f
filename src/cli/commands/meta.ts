import { readFileSync, writeFileSync } from 'node:fs';
import { type Command, InvalidArgumentError, Option } from 'commander';
import type { Cli } from '../cli.ts';

interface MetaCliOptions {
  measure: 'RR' | 'OR' | 'RD';
  method: 'FE' | 'MH' | 'DL' | 'REML';
  hksj?: boolean;
  mods?: string;
  json?: boolean;
  forest?: string;
  funnel?: string;
}

const plotFile = (value: string) => {
  if (!/\.(svg|png)$/i.test(value)) throw new InvalidArgumentError('a plot file must end in .svg or .png');
  return value;
};

export function metaCommand(program: Command, cli: Cli) {
  program
    .command('meta')
    .description(
      'meta-analysis of 2×2 trial counts: a CSV with columns study,events_t,n_t,events_c,n_c and any ' +
        'moderator columns; figures agree with R metafor (see src/research/meta/reference)',
    )
    .argument('<file>', 'the CSV file, one trial a row, header on the first line')
    .addOption(
      new Option('--measure <measure>', 'effect measure: risk ratio, odds ratio or risk difference')
        .choices(['RR', 'OR', 'RD'])
        .default('RR'),
    )
    .addOption(
      new Option(
        '--method <method>',
        'FE inverse-variance fixed effect, MH Mantel-Haenszel, DL DerSimonian-Laird or REML random effects',
      )
        .choices(['FE', 'MH', 'DL', 'REML'])
        .default('REML'),
    )
    .option('--hksj', 'Knapp-Hartung (Hartung-Knapp-Sidik-Jonkman) t-tests and CIs for the coefficients')
    .option('--mods <columns>', 'meta-regression on these moderator columns, comma-separated (FE, DL, REML)')
    .option('--json', 'print the full result as JSON instead of the text report')
    .option('--forest <file>', 'write the forest plot to FILE.svg or FILE.png', plotFile)
    .option('--funnel <file>', "write the funnel plot (with Egger's test) to FILE.svg or FILE.png", plotFile)
    .action(async (file: string, o: MetaCliOptions) => {
      const { runMeta, plotsOf } = await import('../../research/meta/run.ts');
      const { textReport } = await import('../../research/meta/report.ts');
      const mods = (o.mods ?? '')
        .split(',')
        .map((m) => m.trim())
        .filter((m) => m !== '');
      const result = runMeta(readFileSync(file, 'utf8'), {
        measure: o.measure,
        method: o.method,
        hksj: o.hksj === true,
        mods,
      });
      cli.out(o.json ? JSON.stringify(result, null, 2) : textReport(result));
      const plots = plotsOf(result);
      for (const [target, svg] of [
        [o.forest, plots.forest],
        [o.funnel, plots.funnel],
      ] as const) {
        if (!target) continue;
        if (target.toLowerCase().endsWith('.png')) {
          const { svgToPng } = await import('../../research/meta/plots/png.ts');
          writeFileSync(target, svgToPng(svg));
        } else writeFileSync(target, svg);
      }
    });
}
