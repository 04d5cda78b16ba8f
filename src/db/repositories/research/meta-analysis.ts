import type { Caller } from '../../access/caller.ts';
import { Denial } from '../../access/guard.ts';
import type { Store } from '../../store.ts';

/**
 * The meta-analysis tool's gate. The tool computes on trial counts the researcher sends and reads
 * and writes nothing of ours, so there is nothing to audit; the policy still decides who may use it.
 */
export class MetaAnalysisRepository {
  constructor(
    _store: Store,
    private readonly caller: Caller,
  ) {}

  /** Throws 403 unless the policy lets the caller use the meta-analysis tool. */
  permit(): void {
    const decision = this.caller.ask({ action: 'create', subject: { type: 'meta_analysis' } });
    if (!decision.allow) throw new Denial(decision.reason).error;
  }
}
