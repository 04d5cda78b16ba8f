// The server compiled once into ES modules (esbuild, the compiler tsx runs on), so a start loads a
// few files instead of transpiling some hundreds of TypeScript modules. A build is used only when
// every source it was made from is unchanged, byte for byte; otherwise it is made again, and where
// it cannot be written (a read-only installation) the caller runs the sources through tsx.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { build } from 'esbuild';

const ROOT = join(import.meta.dirname, '..');
/** Besides the sources: what decides how they are compiled. */
const COMPILER_INPUTS = ['scripts/build-server.js', 'tsconfig.json', 'node_modules/esbuild/package.json'];

/** A digest of the files' names (relative to the root) and contents. */
function digestOf(root, files) {
  const digest = createHash('sha256');
  for (const file of [...COMPILER_INPUTS, ...files].sort()) {
    digest
      .update(file)
      .update('\0')
      .update(readFileSync(join(root, file)))
      .update('\0');
  }
  return digest.digest('hex').slice(0, 16);
}

/** Where the builds are, and the manifest naming the one in use: its digest and its sources. */
const places = (root) => ({
  dist: join(root, 'dist', 'server'),
  manifest: join(root, 'dist', 'server', 'manifest.json'),
});

/** The entry module of the build named by the manifest, if its sources are unchanged. */
function currentBuild(root) {
  const { dist, manifest } = places(root);
  try {
    const { inputs, digest } = JSON.parse(readFileSync(manifest, 'utf8'));
    const main = join(dist, digest, 'main.js');
    return digestOf(root, inputs) === digest && existsSync(main) ? main : null;
  } catch {
    return null; // never built, or a source it names is gone
  }
}

/**
 * `import.meta` in a build would name the built file, not the source: paths made from it (the
 * migrations, the web UI, the demo database) are made from the source's place instead, relative to
 * the build, so the installation may still be moved.
 */
const sourcePlaces = (root) => ({
  name: 'source-places',
  setup(b) {
    b.onLoad({ filter: /\.ts$/ }, (args) => {
      const file = relative(root, args.path).split('\\').join('/');
      const contents = readFileSync(args.path, 'utf8')
        .replaceAll('import.meta.dirname', `__sourcePath(${JSON.stringify(dirname(file))})`)
        .replaceAll('import.meta.url', `__sourceUrl(${JSON.stringify(file)})`);
      return { contents, loader: 'ts' };
    });
  },
});

/** Each built file sits in dist/server/<digest>/, three levels below the root. */
const BANNER = `import { join as __join } from 'node:path';
import { pathToFileURL as __pathToFileURL } from 'node:url';
const __sourcePath = (place) => __join(import.meta.dirname, '..', '..', '..', place);
const __sourceUrl = (file) => __pathToFileURL(__sourcePath(file)).href;`;

async function compile(root) {
  const { dist, manifest } = places(root);
  const partial = join(dist, `.partial-${process.pid}`);
  mkdirSync(partial, { recursive: true });
  try {
    const result = await build({
      absWorkingDir: root,
      entryPoints: ['src/server/main.ts'],
      outdir: partial,
      bundle: true,
      // Modules the sources import when they need them (the app, behind the database's opening)
      // stay apart, so the start evaluates them only then.
      splitting: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      packages: 'external',
      metafile: true,
      sourcemap: 'linked',
      sourcesContent: false,
      banner: { js: BANNER },
      plugins: [sourcePlaces(root)],
      logLevel: 'warning',
    });
    const inputs = Object.keys(result.metafile.inputs);
    const digest = digestOf(root, inputs);
    keep(partial, join(dist, digest));
    // Written whole and then renamed: a start reads the old manifest or the new one, never half.
    writeFileSync(`${partial}.json`, JSON.stringify({ digest, inputs }));
    renameSync(`${partial}.json`, manifest);
    for (const old of readdirSync(dist)) {
      if (old !== digest && old !== 'manifest.json')
        rmSync(join(dist, old), { recursive: true, force: true });
    }
  } finally {
    rmSync(partial, { recursive: true, force: true });
  }
}

/** A build of the same digest made meanwhile (a concurrent start) is the same: it stays in place. */
function keep(partial, target) {
  try {
    renameSync(partial, target);
  } catch (error) {
    if (!existsSync(join(target, 'main.js'))) throw error;
  }
}

/**
 * The entry module of the compiled server if it is (or could be made) current, else null. The
 * digest is checked again after a build, so a source edited while it ran is not taken as built.
 */
export async function serverBuild(root = ROOT) {
  const built = currentBuild(root);
  if (built) return built;
  console.log('Compiling the server…');
  try {
    await compile(root);
  } catch (error) {
    console.log(`Could not compile the server (${error.message}): running its sources through tsx.`);
    return null;
  }
  return currentBuild(root);
}
