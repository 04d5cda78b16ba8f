// `npm start`: build the web UI if its sources changed, then run the server (TypeScript via tsx).
import { register } from 'tsx/esm/api';
import { buildWebIfStale } from './build-web.js';

buildWebIfStale();
register();
await import('../src/server/main.ts');
