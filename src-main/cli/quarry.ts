import './supported-node';

// Loaded only once the Node version is known to be supported.
const { runCli } = await import('./run-cli');

process.exitCode = await runCli(process.argv.slice(2), {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
  env: process.env,
});
