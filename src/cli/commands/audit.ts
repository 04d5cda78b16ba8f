import type { Command } from 'commander';
import { withStore } from '../with-store.ts';

export function auditCommands(program: Command) {
  const audit = program.command('audit').description('the hash-chained audit log');
  audit
    .command('verify')
    .description('recompute every hash in the chain; exit 1 and name the first broken event')
    .action(() =>
      withStore(async (store) => {
        const { verifyAuditChain } = await import('../../db/audit/verify.ts');
        const result = await verifyAuditChain(store.db);
        if (result.ok) {
          console.log(
            `Audit chain intact: ${result.sealed} events verified, ${result.pending} waiting to be sealed.`,
          );
          return;
        }
        const p = result.problem;
        console.error(`Audit chain BROKEN at position ${p?.seq} (event ${p?.eventId}): ${p?.message}`);
        process.exitCode = 1;
      }),
    );
}
