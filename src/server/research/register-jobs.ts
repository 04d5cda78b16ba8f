import { existsSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { PublishedAnalysis } from '../../research/analysis/publish.ts';
import type { RegisterParams } from '../../research/registers/params.ts';

/** Where a project's synthetic registers are kept and how many persons they hold. */
export interface RegisterSettings {
  dir: string;
  /** 20 000 unless given: the analysis then runs in seconds. */
  persons?: number;
}

export const DEFAULT_DEMO_REGISTER_PERSONS = 20_000;

export type RegisterState = 'absent' | 'running' | 'ready' | 'failed';

export interface RegisterStatus {
  state: RegisterState;
  /** Parts written of all parts: what the page's progress bar shows. */
  done: number;
  total: number;
  persons: number;
}

const YEARS = 10;
/** Written last by the generator (REGISTER_FILES.truth): its presence means the register is whole. */
const TRUTH_FILE = 'truth.json';

/**
 * The demo register of one project: the same design as `ips research synth-registers`, its seed
 * taken from the project's id, so each project has its own persons and a rerun gives the same rows.
 */
export function demoRegisterParams(projectId: string, persons: number, now = new Date()): RegisterParams {
  return {
    persons,
    years: YEARS,
    effect: -0.08,
    healthEffect: -0.2,
    ipsShare: 0.1,
    seed: Number.parseInt(projectId.replaceAll('-', '').slice(0, 7), 16),
    firstMonth: `${now.getUTCFullYear() - YEARS}-01-01`,
  };
}

/**
 * The projects' synthetic registers, made on demand in the background (one job per project at a
 * time) and kept in the data directory; written to a partial folder first and renamed when whole,
 * so a register is either complete or absent. The latest published analysis of each project is
 * kept too, for the health-economics page to take its effect from.
 */
export class RegisterJobs {
  private readonly jobs = new Map<string, RegisterStatus>();
  private readonly analyses = new Map<string, PublishedAnalysis>();

  private readonly persons: number;

  constructor(private readonly settings: RegisterSettings) {
    this.persons = settings.persons ?? DEFAULT_DEMO_REGISTER_PERSONS;
  }

  dirOf(projectId: string): string {
    return join(this.settings.dir, projectId);
  }

  status(projectId: string): RegisterStatus {
    const job = this.jobs.get(projectId);
    if (job) return job;
    const ready = existsSync(join(this.dirOf(projectId), TRUTH_FILE));
    return { state: ready ? 'ready' : 'absent', done: ready ? 1 : 0, total: 1, persons: this.persons };
  }

  /** Starts making the project's register unless it is there or being made; answers its status. */
  start(projectId: string): RegisterStatus {
    const current = this.status(projectId);
    if (current.state === 'ready' || current.state === 'running') return current;
    const job: RegisterStatus = { state: 'running', done: 0, total: 1, persons: this.persons };
    this.jobs.set(projectId, job);
    void this.make(projectId, job);
    return job;
  }

  private async make(projectId: string, job: RegisterStatus) {
    const target = this.dirOf(projectId);
    const partial = `${target}.partial`;
    try {
      // Loaded here, not at start-up: DuckDB's native module costs the server's cold start.
      const [{ openDuckDb }, { writeRegisters }] = await Promise.all([
        import('../../research/duckdb.ts'),
        import('../../research/registers/write.ts'),
      ]);
      await rm(partial, { recursive: true, force: true });
      const conn = await openDuckDb();
      try {
        await writeRegisters(conn, demoRegisterParams(projectId, this.persons), partial, (_p, d, t) => {
          job.done = d;
          job.total = t;
        });
      } finally {
        conn.closeSync();
      }
      await rename(partial, target);
      this.jobs.delete(projectId);
    } catch {
      job.state = 'failed';
      await rm(partial, { recursive: true, force: true }).catch(() => {});
    }
  }

  rememberAnalysis(projectId: string, analysis: PublishedAnalysis) {
    this.analyses.set(projectId, analysis);
  }

  latestAnalysis(projectId: string): PublishedAnalysis | undefined {
    return this.analyses.get(projectId);
  }
}
