import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { type AuditAnchor, anchorLine, checkAnchors, readAnchors } from '../audit/anchor.ts';
import { chainHead } from '../audit/head.ts';
import type { Db } from '../database.ts';
import { every, type ScheduledJob } from './every.ts';

/** The one file in the anchor directory: one anchor per line, only ever appended to. */
export const ANCHOR_FILE = 'audit-anchors.jsonl';

/**
 * Appends the chain's head to the anchor file and syncs it. The chain must still hold the anchor
 * written last, or nothing is written: an anchor on a chain cut short or rewritten would vouch for it.
 * Returns the anchor, or null while the chain is empty.
 */
export async function writeAuditAnchor(db: Db, dir: string, now: Date): Promise<AuditAnchor | null> {
  const file = join(dir, ANCHOR_FILE);
  if (existsSync(file)) {
    const last = readAnchors(file).at(-1) as AuditAnchor;
    const check = await checkAnchors(db, [last]);
    if (!check.ok) throw new Error(`no new anchor written to ${file}: ${check.message}`);
  }
  const head = await chainHead(db);
  if (!head) return null;
  const anchor = { at: now.toISOString(), ...head };
  mkdirSync(dir, { recursive: true });
  const fd = openSync(file, 'a', 0o640);
  try {
    writeSync(fd, anchorLine(anchor));
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  return anchor;
}

/** Writes an anchor now and then every `intervalMs`. */
export function scheduleAuditAnchor(
  db: Db,
  options: { dir: string; intervalMs: number; onError: (error: unknown) => void },
): ScheduledJob {
  return every(options.intervalMs, () => writeAuditAnchor(db, options.dir, new Date()), options.onError);
}
