import { writeFileSync } from 'node:fs';
import type { Reporter, TestModule } from 'vitest/node';

/** Where vitest's time on one test file went, in milliseconds. */
export interface FileTime {
  file: string;
  state: string;
  /** Importing the file and what it imports, and running its describe callbacks. */
  collect: number;
  /** Setting up the runner, the environment and the setup files. */
  prepare: number;
  /** Its tests and hooks: beforeAll (a server's start, say) and afterAll included. */
  duration: number;
}

/**
 * A vitest reporter for the test-times bench: writes each file's `FileTime` to the JSON file
 * IPS_FILE_TIMES names. The JSON reporter times a file from its first test's start to its last
 * test's end, which leaves out its hooks and imports.
 */
export default class FileTimesReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>) {
    const out = process.env.IPS_FILE_TIMES;
    if (!out) throw new Error('IPS_FILE_TIMES names no file to write the file times to');
    const times: FileTime[] = modules.map((m) => {
      const d = m.diagnostic();
      return {
        file: m.moduleId,
        state: m.state(),
        collect: d.collectDuration,
        prepare: d.prepareDuration + d.setupDuration + d.environmentSetupDuration,
        duration: d.duration,
      };
    });
    writeFileSync(out, JSON.stringify(times, null, 2));
  }
}
