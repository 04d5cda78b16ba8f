import { join } from 'node:path';
import { DataDirLockedError } from '../db/data-dir-lock.ts';
import { targetFor } from '../db/open-store.ts';
import { ConfigError, loadConfig, sessionSecret } from './config.ts';
import { startPlatform } from './platform.ts';

async function main() {
  const config = loadConfig();
  const secret = sessionSecret(config);
  const target = targetFor(config, `the IPS server on http://${config.host}:${config.port}`);
  // The first PGlite start creates its data directory, which takes several seconds: say so.
  console.log(
    target.kind === 'pglite' ? `Opening PGlite in ${config.dataDir}…` : 'Connecting to PostgreSQL…',
  );
  const { app, store, close } = await startPlatform({
    target,
    seed: config.demoSeed === 'auto' ? 'auto' : 'never',
    candidateRetentionDays: config.candidateRetentionDays,
    // Casework marks its programme dirty; the figures are recomputed within five minutes.
    outcomeRefreshMs: 300_000,
    ...(config.auditAnchorDir && {
      auditAnchor: { dir: config.auditAnchorDir, intervalMs: config.auditAnchorMinutes * 60_000 },
    }),
    sessionSecret: secret,
    secureCookies: config.env === 'production',
    identityNumbers: config.identityNumbers,
    breakGlassMinutes: config.breakGlassMinutes,
    suppressionThreshold: config.suppressionThreshold,
    enhetsregisteretUrl: config.enhetsregisteretUrl,
    personLookupUrl: config.personLookupUrl,
    navArchiveUrl: config.navArchiveUrl,
    smsGatewayUrl: config.smsGatewayUrl,
    localLogin: config.localLogin,
    researchRegisters: { dir: join(config.dataDir, 'research-registers') },
    dataDir: config.dataDir,
    oidc: config.oidc,
    logger: { level: config.env === 'production' ? 'info' : 'warn' },
    log: (message) => console.log(message),
  });
  await app.listen({ port: config.port, host: config.host });
  console.log(`IPS Platform on http://${config.host}:${config.port} (database: ${store.database.kind})`);
  const shutdown = async () => {
    await close();
    process.exit(0);
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

main().catch((error) => {
  const expected = error instanceof ConfigError || error instanceof DataDirLockedError;
  console.error(expected ? error.message : error);
  process.exit(1);
});
