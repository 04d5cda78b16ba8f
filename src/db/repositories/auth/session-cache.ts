import type { Database } from '../../database.ts';
import type { SessionRow } from './sessions.ts';

/** The channel migration 0018's triggers notify on any change that could end or alter a session. */
const CHANNEL = 'ips_session_changed';
const MAX_SESSIONS = 10_000;
const RELISTEN_MS = 1000;

/**
 * Signed-in sessions as last read, kept between requests so a request's first statement need not
 * join the session, user, organisation, programme and teams again. It is right only while this
 * process hears every change that could end or alter a session: migration 0018's triggers notify at
 * the commit of any such change, from any process (another server, the command line), and the cache
 * then empties itself. Until it listens, and from the moment its listening connection fails until it
 * listens again, it keeps nothing and every request reads its session from the database.
 */
export class SessionCache {
  private readonly rows = new Map<string, SessionRow>();
  /** Changes heard so far: a row read before a change must not be kept after it. */
  private generation = 0;
  private listening = false;
  private unlisten: (() => Promise<void>) | null = null;
  private retry: NodeJS.Timeout | null = null;
  private stopped = false;
  private onError: (error: unknown) => void = () => {};

  constructor(private readonly database: Database) {}

  /** Starts listening; a failure is reported to `onError` and retried, the cache off meanwhile. */
  async start(onError: (error: unknown) => void) {
    this.onError = onError;
    this.stopped = false;
    try {
      const unlisten = await this.database.listen(
        CHANNEL,
        () => this.changed(),
        (error) => this.lost(error),
      );
      if (this.stopped) return void (await unlisten());
      this.unlisten = unlisten;
      this.listening = true;
      // A read begun before the listening did may have missed a change: not kept.
      this.generation++;
    } catch (error) {
      this.lost(error);
    }
  }

  async stop() {
    this.stopped = true;
    this.listening = false;
    this.rows.clear();
    if (this.retry) clearTimeout(this.retry);
    this.retry = null;
    await this.unlisten?.().catch(() => {});
    this.unlisten = null;
  }

  get(idHash: string): SessionRow | undefined {
    return this.listening ? this.rows.get(idHash) : undefined;
  }

  /** Taken before a session is read from the database, for `keep`. */
  mark(): number {
    return this.generation;
  }

  /** Keeps a session read from the database, unless a change was heard since its read began. */
  keep(idHash: string, row: SessionRow, mark: number) {
    if (!this.listening || mark !== this.generation) return;
    if (this.rows.size >= MAX_SESSIONS) this.rows.delete(this.rows.keys().next().value as string);
    this.rows.set(idHash, row);
  }

  forget(idHash: string) {
    this.rows.delete(idHash);
  }

  private changed() {
    this.generation++;
    this.rows.clear();
  }

  private lost(error: unknown) {
    this.listening = false;
    this.unlisten = null;
    this.changed();
    if (this.stopped) return;
    this.onError(error);
    this.retry = setTimeout(() => {
      this.retry = null;
      void this.start(this.onError);
    }, RELISTEN_MS);
    this.retry.unref();
  }
}
