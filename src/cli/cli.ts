/**
 * What a command reads and writes besides its arguments: the command line (which names the process
 * holding an embedded database), the environment, its output and its exit code. The `ips` process
 * gives its own (`main.ts`); a test runs a command in its process with strings to read back.
 */
export interface Cli {
  /** The words after `ips`. */
  readonly argv: readonly string[];
  readonly env: NodeJS.ProcessEnv;
  /** Writes a line to standard output. */
  out(line: string): void;
  /** Writes a line to standard error. */
  err(line: string): void;
  /** Writes text as it is to standard output (a document, not a line). */
  write(text: string): void;
  /** Where a progress bar draws: standard error, redrawn in place on a terminal. */
  readonly progress: ProgressStream;
  /** Ends the command with exit code 1 once it returns (the refusal already said on standard error). */
  fail(): void;
}

export interface ProgressStream {
  isTTY?: boolean;
  write(text: string): unknown;
}

/** The streams and environment a run of the program writes to and reads. */
export interface CliIo {
  env: NodeJS.ProcessEnv;
  stdout(text: string): void;
  stderr(text: string): void;
  /** Standard error as a stream (a terminal's width and redraws); default: text to `stderr`. */
  progress?: ProgressStream;
}

/** The context of one run; `exitCode()` is 1 once a command failed, else 0. */
export function cliFor(argv: readonly string[], io: CliIo): Cli & { exitCode(): number } {
  let code = 0;
  return {
    argv,
    env: io.env,
    out: (line) => io.stdout(`${line}\n`),
    err: (line) => io.stderr(`${line}\n`),
    write: (text) => io.stdout(text),
    progress: io.progress ?? { write: (text: string) => io.stderr(text) },
    fail: () => {
      code = 1;
    },
    exitCode: () => code,
  };
}
