/**
 * Imported first by the CLI: on an older Node, the SQLite driver would crash
 * the process (better-sqlite3 13 needs Node 22+; Quarry targets 24). Say so in
 * one line instead, before anything else loads.
 */
const NEEDED_MAJOR = 24;
const major = Number(process.versions.node.split('.')[0]);
if (major < NEEDED_MAJOR) {
  process.stderr.write(`Quarry needs Node ${NEEDED_MAJOR} or newer; this is Node ${process.versions.node}.\n`);
  process.exit(1);
}
