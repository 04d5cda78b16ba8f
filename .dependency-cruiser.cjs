/**
 * The layers' import rules (docs/ARCHITECTURE.md, "Layout"), checked by `npm test` (`npm run deps`).
 * Data flows one way: web and cli call the server's or the database's code, which call the domain;
 * the domain is pure and imports nothing of ours.
 */
const layer = (name) => `^src/${name}/`;
const layers = ['domain', 'db', 'server', 'web', 'cli', 'research'];
const others = (...allowed) => `^src/(${layers.filter((l) => !allowed.includes(l)).join('|')})/`;

module.exports = {
  forbidden: [
    {
      name: 'domain-is-pure',
      comment: 'src/domain holds pure rules: no other layer, no I/O, no framework',
      severity: 'error',
      from: { path: layer('domain') },
      to: { path: [others('domain'), '^node_modules/(fastify|kysely|pg|@electric-sql|react|pdfkit)/'] },
    },
    {
      name: 'domain-has-no-io',
      comment: 'src/domain does no I/O: no Node core module (the test files aside)',
      severity: 'error',
      from: { path: layer('domain'), pathNot: '\\.test\\.ts$' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'db-below-server',
      comment: 'src/db knows no HTTP, no UI and no command line: it imports the domain only',
      severity: 'error',
      from: { path: layer('db') },
      to: { path: others('db', 'domain') },
    },
    {
      name: 'access-below-repositories',
      comment:
        'src/db/access loads facts, asks the policy and audits; repositories call it, never the other way',
      severity: 'error',
      from: { path: '^src/db/(access|audit)/' },
      to: { path: '^src/db/repositories/' },
    },
    {
      name: 'server-not-web-or-cli',
      comment:
        'src/server imports the domain and the database, never the UI or the command line; of research ' +
        'what the researcher pages run (the meta-analysis, the register analysis on synthetic registers, ' +
        'health economics); of the extracts only makeExtract, the same code and refusals as the command ' +
        "line, behind the data steward's audited button",
      severity: 'error',
      from: { path: layer('server') },
      to: {
        path: others('server', 'domain', 'db'),
        pathNot: '^src/research/(?!extract/)|^src/research/extract/make-extract\\.ts$',
      },
    },
    {
      name: 'web-only-browser-safe-domain',
      comment: 'the browser bundle may import pure domain modules and nothing else of ours',
      severity: 'error',
      from: { path: layer('web') },
      to: { path: others('web', 'domain') },
    },
    {
      name: 'web-no-node',
      comment: 'nothing in the browser bundle may reach a Node core module, directly or through domain',
      severity: 'error',
      from: { path: layer('web'), pathNot: ['\\.test\\.tsx?$', '^src/web/vite\\.config\\.ts$'] },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'cli-not-web',
      comment: 'the command line uses the domain, the database and the server, never the UI',
      severity: 'error',
      from: { path: layer('cli') },
      to: { path: layer('web') },
    },
    {
      name: 'research-apart',
      comment: 'research code works on pseudonymised extracts: never the server or the UI',
      severity: 'error',
      from: { path: layer('research') },
      to: { path: [layer('server'), layer('web')] },
    },
    {
      name: 'routes-apart',
      comment: 'a route folder never imports another route folder; shared schemas sit in routes/',
      severity: 'error',
      from: { path: '^src/server/routes/([^/]+)/' },
      to: { path: '^src/server/routes/[^/]+/', pathNot: '^src/server/routes/$1/' },
    },
    {
      name: 'no-circular',
      comment: 'a cycle makes two modules one: break it by moving what both need below them',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^src/web/api/schema\\.ts$' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js'] },
  },
};
