import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain JavaScript module, run by `npm start` before any TypeScript
import { serverBuild } from '../../scripts/build-server.js';

const ROOT = join(import.meta.dirname, '..', '..');
const build = serverBuild as (root: string) => Promise<string | null>;

/** A stand-in installation: a server entry module of its own, the project's compiler setup. */
function installation() {
  const root = mkdtempSync(join(tmpdir(), 'ips-server-build-'));
  mkdirSync(join(root, 'src', 'server'), { recursive: true });
  mkdirSync(join(root, 'scripts'));
  cpSync(join(ROOT, 'scripts', 'build-server.js'), join(root, 'scripts', 'build-server.js'));
  cpSync(join(ROOT, 'tsconfig.json'), join(root, 'tsconfig.json'));
  symlinkSync(join(ROOT, 'node_modules'), join(root, 'node_modules'));
  return root;
}

const main = (greeting: string) =>
  `import { where } from './where.ts';\nexport const greeting: string = '${greeting}';\nexport const dir = where();\n`;
const WHERE = 'export const where = (): string => import.meta.dirname;\n';

describe('the compiled server', () => {
  const root = installation();
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const write = (file: string, text: string) => writeFileSync(join(root, 'src', 'server', file), text);

  it('is built once and used while every source is unchanged', async () => {
    write('main.ts', main('hei'));
    write('where.ts', WHERE);
    const first = await build(root);
    expect(first).toMatch(/dist\/server\/[0-9a-f]{16}\/main\.js$/);
    expect(await build(root)).toBe(first);
    const module = await import(first as string);
    expect(module.greeting).toBe('hei');
    // import.meta names the source's place, not the built file's
    expect(module.dir).toBe(join(root, 'src', 'server'));
  });

  it('is never used after any source it was made from changed: it is made again', async () => {
    write('main.ts', main('hei'));
    write('where.ts', WHERE);
    const before = (await build(root)) as string;
    write('where.ts', `${WHERE}// changed\n`);
    const after = await build(root);
    expect(after).not.toBe(before);
    expect(existsSync(before)).toBe(false);
    write('main.ts', main('hallo'));
    expect((await import((await build(root)) as string)).greeting).toBe('hallo');
  });

  it('is not used when it cannot be made: the caller runs the sources', async () => {
    write('main.ts', 'export const broken = ;\n');
    expect(await build(root)).toBeNull();
  });
});
