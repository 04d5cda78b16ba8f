// `npm start`: build the web UI if its sources changed, then run the server: compiled into a few
// modules while its sources are unchanged (scripts/build-server.js), else through tsx.
import { serverBuild } from './build-server.js';
import { buildWebIfStale } from './build-web.js';

buildWebIfStale();
const compiled = await serverBuild();
if (compiled) {
  // Stack traces name the TypeScript sources, as under tsx.
  process.setSourceMapsEnabled(true);
  await import(compiled);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/server/main.ts');
}
