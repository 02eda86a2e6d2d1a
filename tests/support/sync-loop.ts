/**
 * A child process for the sync crash test, killed with SIGKILL mid-way.
 * `write DATA_DIR FOLDER`: adds jobs and writes each out to the sync folder, forever.
 * `apply DATA_DIR FOLDER`: turns sync on, which reads the thousands of jobs another computer wrote there.
 * Run as: node --import tsx tests/support/sync-loop.ts MODE DATA_DIR FOLDER
 */
import { openCore } from '../../src-main/core/open-core';
import { addJob } from '../../src-main/core/services/jobs-service';
import { SyncService } from '../../src-main/core/services/sync-service';

const [mode, dataDir, folder] = process.argv.slice(2) as [string, string, string];
const core = await openCore({ dataDir, host: 'cli' });
const sync = new SyncService(core, { emit: () => undefined }, { pollMs: 0, debounceMs: -1, watch: false, outboxMs: 0 });
sync.turnOn(folder, mode === 'write' ? 'Writer' : 'Reader');
if (mode === 'write') {
  for (let index = 0; ; index++) {
    addJob(core.db, { title: `Job ${index}`, company: 'Acme' }, core.clock);
    if (index % 3 === 0) sync.flush();
  }
}
for (;;) sync.syncNow();
