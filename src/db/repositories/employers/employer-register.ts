import { AppError } from '../../../domain/app-error.ts';
import { type LiveUnit, liveUnit, type UnitRegister } from '../../../domain/register-unit.ts';
import type { Caller } from '../../access/caller.ts';
import { authorise, Denial, guardedRead } from '../../access/guard.ts';
import type { Store } from '../../store.ts';

/** Lookups in Enhetsregisteret for registering an employer: job development, like the register itself. */
export class EmployerRegisterRepository {
  constructor(
    private readonly store: Store,
    private readonly caller: Caller,
  ) {}

  /**
   * Decides and audits the lookup before anything leaves the platform, so the log names who asked
   * the register about which number (a sole proprietorship's number points at a person); then asks.
   */
  async lookUp(orgNumber: string, register: UnitRegister | null): Promise<LiveUnit> {
    await guardedRead(this.store, async (_db, sink) => {
      const programmeId = this.caller.programmeId;
      const decision = await authorise(
        sink,
        this.caller,
        { action: 'read', subject: { type: 'job_development', programmeId } },
        { subjectType: 'employer_register', programmeId, details: { orgNumber } },
      );
      return decision.allow ? undefined : new Denial(decision.reason);
    });
    if (!register)
      throw new AppError(
        'register_not_configured',
        'lookups in Enhetsregisteret are not configured (IPS_ENHETSREGISTERET_URL)',
      );
    return liveUnit(await register.find(orgNumber), orgNumber);
  }
}
