import { runCli } from './run.ts';

// The `ips` process: its command line, environment and standard streams.
const code = await runCli(process.argv.slice(2), {
  env: process.env,
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  progress: process.stderr,
});
process.exitCode = code;
// A failed command may leave a handle open (a timer, a half-closed database): exit as before.
if (code !== 0) process.exit(code);
