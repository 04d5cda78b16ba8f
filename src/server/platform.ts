import { type DatabaseTarget, pgliteLocation } from '../db/database.ts';
import { openStore } from '../db/open-store.ts';
import { isFreshLocation } from '../db/pglite-durable.ts';
import { scheduleAuditAnchor } from '../db/scheduled/audit-anchor.ts';
import { scheduleOutcomeRefresh } from '../db/scheduled/refresh-outcomes.ts';
import { scheduleRetention } from '../db/scheduled/retention/run-retention.ts';
import { scheduleSmsReminders } from '../db/scheduled/sms-reminders.ts';
import { isDatabaseEmpty, seedDemo } from '../db/seed/demo.ts';
import { demoDatabaseFiles } from '../db/seed/demo-template.ts';
import type { Store } from '../db/store.ts';
import type { AppOptions, buildApp } from './app.ts';
import { hashPassword } from './auth/passwords.ts';
import { smsGateway } from './sms-gateway.ts';

export interface PlatformOptions extends Omit<AppOptions, 'store'> {
  target: DatabaseTarget;
  /** `auto` seeds the demo programme into an empty database; `always` expects an empty one. */
  seed: 'auto' | 'always' | 'never';
  /** Days an unconverted candidate is kept; null runs no retention job (a bench, say) for any rule. */
  candidateRetentionDays: number | null;
  /** How often dirty outcome counts are recomputed; unset runs no refresh job (a test, say). */
  outcomeRefreshMs?: number;
  /** Where and how often the audit chain's head is appended; unset writes no anchor. */
  auditAnchor?: { dir: string; intervalMs: number };
  /** The SMS gateway's base URL (IPS_SMS_GATEWAY_URL); unset sends no reminder. */
  smsGatewayUrl?: string | undefined;
  /** Where progress and the scheduled jobs' news go. */
  log?: (message: string) => void;
  onError?: (what: string, error: unknown) => void;
}

export interface Platform {
  store: Store;
  app: Awaited<ReturnType<typeof buildApp>>;
  close(): Promise<void>;
}

/**
 * A new embedded data directory that is to get the demo starts as a copy of today's seeded
 * database instead of being migrated and seeded here, which takes several times longer.
 */
async function withDemoStart(
  target: DatabaseTarget,
  seed: PlatformOptions['seed'],
  log: (message: string) => void,
): Promise<DatabaseTarget> {
  if (seed !== 'auto' || target.kind !== 'pglite' || target.dataDir === 'memory') return target;
  if (!isFreshLocation(pgliteLocation(target.dataDir))) return target;
  const initialFiles = await demoDatabaseFiles(hashPassword, { log });
  if (!initialFiles) return target;
  log("New data directory: starting from today's demo programme (see README for the demo users).");
  return { ...target, initialFiles };
}

/**
 * The one start-up path, for the server, the end-to-end tests and the benches: opens the store
 * (migrating it), seeds when asked, builds the app, and starts the audit sealer and scheduled jobs.
 */
export async function startPlatform(options: PlatformOptions): Promise<Platform> {
  const {
    target,
    seed,
    candidateRetentionDays,
    outcomeRefreshMs,
    auditAnchor,
    smsGatewayUrl,
    log = () => {},
    ...appOptions
  } = options;
  const onError = options.onError ?? ((what, e) => console.error(`${what} failed:`, e));
  const opening = withDemoStart(target, seed, log).then((t) =>
    openStore(t, (e) => onError('audit sealer', e)),
  );
  // Seen by the await below; until then a refusal (the data directory in use) must not count as unhandled.
  opening.catch(() => {});
  // The app's modules load (resolved and compiled off the main thread) while the database opens.
  const { buildApp } = await import('./app.ts');
  const store = await opening;
  if (seed === 'always' || (seed === 'auto' && (await isDatabaseEmpty(store)))) {
    log('Empty database: seeding the demo programme…');
    await seedDemo(store, hashPassword);
    log('Seeded the demo programme (see README for the demo users).');
  }
  const app = await buildApp({ store, ...appOptions });
  store.sealer.start();
  const retention =
    candidateRetentionDays === null
      ? null
      : scheduleRetention(store, {
          candidateDays: candidateRetentionDays,
          onRun: (r) => {
            if (r.removed.length > 0)
              log(`Retention: removed ${r.removed.length} record(s) past their period.`);
          },
          onError: (e) => onError('retention job', e),
        });
  const refresh =
    outcomeRefreshMs === undefined
      ? null
      : scheduleOutcomeRefresh(store, {
          intervalMs: outcomeRefreshMs,
          onError: (e) => onError('outcome refresh job', e),
        });
  const reminders =
    smsGatewayUrl === undefined
      ? null
      : scheduleSmsReminders(store, smsGateway(smsGatewayUrl), {
          onError: (e) => onError('SMS reminder job', e),
        });
  const anchor =
    auditAnchor &&
    scheduleAuditAnchor(store.db, { ...auditAnchor, onError: (e) => onError('audit anchor job', e) });
  return {
    store,
    app,
    close: async () => {
      await app.close();
      await retention?.stop();
      await refresh?.stop();
      await anchor?.stop();
      await reminders?.stop();
      await store.close();
    },
  };
}
