// `npm run bench -- <name> [options]`: runs bench/<name>.ts, whose `run(args)` does the work.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

interface Bench {
  description: string;
  usage: string;
  run(args: string[]): Promise<void>;
}

const BENCH_DIR = import.meta.dirname;
const names = readdirSync(BENCH_DIR)
  .filter((f) => f.endsWith('.ts') && f !== 'run.ts')
  .map((f) => f.slice(0, -3))
  .sort();

const load = (name: string) => import(join(BENCH_DIR, `${name}.ts`)) as Promise<Bench>;

async function list() {
  const lines = await Promise.all(names.map(async (n) => `  ${n.padEnd(18)} ${(await load(n)).description}`));
  return `usage: npm run bench -- <name> [options]   (npm run bench -- <name> --help for its options)\n\n${lines.join('\n')}`;
}

const [name, ...args] = process.argv.slice(2);
if (!name || name === '--help' || name === '-h') {
  console.log(await list());
} else if (!names.includes(name)) {
  console.error(`unknown bench: ${name}\n\n${await list()}`);
  process.exitCode = 2;
} else {
  const bench = await load(name);
  if (args.includes('--help') || args.includes('-h')) console.log(`usage: npm run bench -- ${bench.usage}`);
  else await bench.run(args);
}
