import type { Caller } from '../../access/caller.ts';
import { Denial } from '../../access/guard.ts';
import type { Store } from '../../store.ts';
import { listJobSpecialists } from '../auth/users.ts';
import { listProgrammeOrganisations, listProgrammeStaff, listProgrammeTeams } from './organisations.ts';

/**
 * The caller's programme's directory: the lists the referral and meeting forms pick from. It holds no
 * participant data, so reading it is decided but not audited (as the code lists).
 */
export class DirectoryRepository {
  constructor(
    private readonly store: Store,
    private readonly caller: Caller,
  ) {}

  organisations() {
    return this.read(listProgrammeOrganisations);
  }

  jobSpecialists() {
    return this.read(listJobSpecialists);
  }

  teams() {
    return this.read(listProgrammeTeams);
  }

  staff() {
    return this.read(listProgrammeStaff);
  }

  /** The programme's rows of one list, or none for a caller without a programme (an administrator). */
  private async read<R>(list: (db: Store['db'], programmeId: string) => Promise<R[]>): Promise<R[]> {
    const { programmeId } = this.caller;
    const decision = this.caller.ask({ action: 'list', subject: { type: 'directory', programmeId } });
    if (!decision.allow) throw new Denial(decision.reason).error;
    return programmeId ? list(this.store.db, programmeId) : [];
  }
}
