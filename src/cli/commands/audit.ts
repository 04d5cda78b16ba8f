import type { Command } from 'commander';
import type { ChainHead } from '../../db/audit/head.ts';
import type { Db } from '../../db/database.ts';
import type { Cli } from '../cli.ts';
import { withStore } from '../with-store.ts';

export function auditCommands(program: Command, cli: Cli) {
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
      withStore(cli, async (store) => {
        if ((await verifyAndPrint(cli, store.db)) === false) {
          cli.fail();
          return;
        }
        if (options.anchor && !(await checkAnchorFile(cli, store.db, options.anchor))) cli.fail();
      }),
    );
}

/**
 * Verifies the chain and prints the outcome with the head; the head, or false when the chain is
 * broken. Also the last check of a restore.
 */
export async function verifyAndPrint(cli: Cli, db: Db): Promise<ChainHead | null | false> {
  const { verifyAuditChain } = await import('../../db/audit/verify.ts');
  const { chainHead, describeHead } = await import('../../db/audit/head.ts');
  const result = await verifyAuditChain(db);
  if (!result.ok) {
    const p = result.problem;
    cli.err(`Audit chain BROKEN at position ${p?.seq} (event ${p?.eventId}): ${p?.message}`);
    return false;
  }
  cli.out(`Audit chain intact: ${result.sealed} events verified, ${result.pending} waiting to be sealed.`);
  const head = await chainHead(db);
  cli.out(`Head: ${describeHead(head)}.`);
  return head;
}

async function checkAnchorFile(cli: Cli, db: Db, file: string): Promise<boolean> {
  const { checkAnchors, readAnchors } = await import('../../db/audit/anchor.ts');
  const anchors = readAnchors(file);
  const check = await checkAnchors(db, anchors);
  if (!check.ok) {
    cli.err(`Audit chain does NOT hold its anchor: ${check.message}.`);
    return false;
  }
  const n = check.newest;
  cli.out(
    `Anchor check passed: the chain holds every anchor in ${file} (${anchors.length}), the furthest at position ${n.position} (written ${n.at}).`,
  );
  return true;
}
