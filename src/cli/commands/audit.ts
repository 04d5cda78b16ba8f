import type { Command } from 'commander';
import type { ChainHead } from '../../db/audit/head.ts';
import type { Db } from '../../db/database.ts';
import { withStore } from '../with-store.ts';

export function auditCommands(program: Command) {
  const audit = program.command('audit').description('the hash-chained audit log');
  audit
    .command('verify')
    .description(
      'recompute every hash in the chain and print its head; exit 1 and name the first broken event',
    )
    .option(
      '--anchor <file>',
      'also check that the chain still holds every head written in FILE (one anchor per line)',
    )
    .action((options: { anchor?: string }) =>
      withStore(async (store) => {
        if ((await verifyAndPrint(store.db)) === false) {
          process.exitCode = 1;
          return;
        }
        if (options.anchor && !(await checkAnchorFile(store.db, options.anchor))) process.exitCode = 1;
      }),
    );
}

/**
 * Verifies the chain and prints the outcome with the head; the head, or false when the chain is
 * broken. Also the last check of a restore.
 */
export async function verifyAndPrint(db: Db): Promise<ChainHead | null | false> {
  const { verifyAuditChain } = await import('../../db/audit/verify.ts');
  const { chainHead, describeHead } = await import('../../db/audit/head.ts');
  const result = await verifyAuditChain(db);
  if (!result.ok) {
    const p = result.problem;
    console.error(`Audit chain BROKEN at position ${p?.seq} (event ${p?.eventId}): ${p?.message}`);
    return false;
  }
  console.log(
    `Audit chain intact: ${result.sealed} events verified, ${result.pending} waiting to be sealed.`,
  );
  const head = await chainHead(db);
  console.log(`Head: ${describeHead(head)}.`);
  return head;
}

async function checkAnchorFile(db: Db, file: string): Promise<boolean> {
  const { checkAnchors, readAnchors } = await import('../../db/audit/anchor.ts');
  const anchors = readAnchors(file);
  const check = await checkAnchors(db, anchors);
  if (!check.ok) {
    console.error(`Audit chain does NOT hold its anchor: ${check.message}.`);
    return false;
  }
  const n = check.newest;
  console.log(
    `Anchor check passed: the chain holds every anchor in ${file} (${anchors.length}), the furthest at position ${n.position} (written ${n.at}).`,
  );
  return true;
}
