import { openStore, targetFor } from '../db/open-store.ts';
import { scheduleCandidatePurge } from '../db/scheduled/purge-candidates.ts';
import { isDatabaseEmpty, seedDemo } from '../db/seed/demo.ts';
import { buildApp } from './app.ts';
import { hashPassword } from './auth/passwords.ts';
import { ConfigError, loadConfig, sessionSecret } from './config.ts';

async function main() {
  const config = loadConfig();
  const secret = sessionSecret(config);
  const target = targetFor(config);
  // The first PGlite start creates its data directory, which takes several seconds: say so.
  console.log(
    target.kind === 'pglite' ? `Opening PGlite in ${config.dataDir}…` : 'Connecting to PostgreSQL…',
  );
  const store = await openStore(target, (e) => console.error('audit sealer failed:', e));
  if (config.demoSeed === 'auto' && (await isDatabaseEmpty(store))) {
    console.log('Empty database: seeding the demo programme…');
    await seedDemo(store, hashPassword);
    console.log('Seeded the demo programme (see README for the demo users).');
  }
  const app = await buildApp({
    store,
    sessionSecret: secret,
    secureCookies: config.env === 'production',
    identityNumbers: config.identityNumbers,
    breakGlassMinutes: config.breakGlassMinutes,
    logger: { level: config.env === 'production' ? 'info' : 'warn' },
  });
  store.sealer.start();
  const purge = scheduleCandidatePurge(store, {
    retentionDays: config.candidateRetentionDays,
    onPurged: (n) => {
      if (n > 0) console.log(`Deleted ${n} candidate(s) past the retention period.`);
    },
    onError: (e) => console.error('candidate retention job failed:', e),
  });
  await app.listen({ port: config.port, host: config.host });
  console.log(`IPS Platform on http://${config.host}:${config.port} (database: ${store.database.kind})`);
  const shutdown = async () => {
    await app.close();
    await purge.stop();
    await store.close();
    process.exit(0);
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

main().catch((error) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
