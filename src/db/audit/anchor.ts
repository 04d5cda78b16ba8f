import { readFileSync } from 'node:fs';
import type { Db } from '../database.ts';
import { type ChainHead, chainHead } from './head.ts';

/**
 * A chain head written down outside the database, with when. The chain only grows, so a later
 * chain must still hold every anchor: one whose position is past the end shows that the newest
 * events were removed, one whose hash differs shows that the chain was rewritten.
 */
export interface AuditAnchor extends ChainHead {
  at: string;
}

export function anchorLine(anchor: AuditAnchor): string {
  return `${JSON.stringify({ at: anchor.at, position: anchor.position, hash: anchor.hash })}\n`;
}

/** The anchors in a file of anchor lines (blank lines aside); a line that is not one is named. */
export function readAnchors(file: string): AuditAnchor[] {
  const lines = readFileSync(file, 'utf8').split('\n');
  const anchors: AuditAnchor[] = [];
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    const anchor = parseAnchor(line);
    if (!anchor) {
      throw new Error(
        `${file} line ${i + 1} is not an audit anchor: expected {"at":"<time>","position":<n>,"hash":"<64 hex>"}`,
      );
    }
    anchors.push(anchor);
  });
  if (anchors.length === 0) throw new Error(`${file} holds no audit anchor`);
  return anchors;
}

function parseAnchor(line: string): AuditAnchor | null {
  try {
    const { at, position, hash } = JSON.parse(line) as Record<string, unknown>;
    const valid =
      typeof at === 'string' &&
      Number.isSafeInteger(position) &&
      (position as number) >= 1 &&
      typeof hash === 'string' &&
      /^[0-9a-f]{64}$/.test(hash);
    return valid ? { at, position: position as number, hash } : null;
  } catch {
    return null;
  }
}

export type AnchorCheck = { ok: true; newest: AuditAnchor } | { ok: false; message: string };

const BATCH = 1000;

/** Whether the chain still holds every anchor; names the first that it does not. */
export async function checkAnchors(db: Db, anchors: AuditAnchor[]): Promise<AnchorCheck> {
  const head = await chainHead(db);
  const end = head?.position ?? 0;
  const hashes = await hashesAt(
    db,
    anchors.map((a) => a.position),
  );
  for (const anchor of anchors) {
    const written = `the anchor written ${anchor.at} holds position ${anchor.position}`;
    if (anchor.position > end) {
      return {
        ok: false,
        message: `the chain ends at position ${end}, but ${written}: the newest events were removed`,
      };
    }
    const hash = hashes.get(anchor.position);
    if (hash !== anchor.hash) {
      return {
        ok: false,
        message: `position ${anchor.position} has hash ${hash ?? 'none'}, but ${written} with hash ${anchor.hash}: the chain was rewritten`,
      };
    }
  }
  const newest = anchors.reduce((a, b) => (b.position >= a.position ? b : a));
  return { ok: true, newest };
}

async function hashesAt(db: Db, positions: number[]): Promise<Map<number, string>> {
  const wanted = [...new Set(positions)];
  const found = new Map<number, string>();
  for (let i = 0; i < wanted.length; i += BATCH) {
    const rows = await db
      .selectFrom('audit_chain')
      .select(['seq', 'hash'])
      .where('seq', 'in', wanted.slice(i, i + BATCH))
      .execute();
    for (const r of rows) found.set(Number(r.seq), r.hash);
  }
  return found;
}
