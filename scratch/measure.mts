import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openCore } from '/work/main/src-main/core/open-core';
import { insertSyntheticJobs } from '/work/main/bench/synthetic-jobs';
import { listCards } from '/work/main/src-main/core/repos/jobs-repo';
import { getBoard } from '/work/main/src-main/core/services/jobs-service';
const core = await openCore({ dataDir: mkdtempSync(join(tmpdir(), 'm-')), host: 'cli' });
insertSyntheticJobs(core.db, 10000);
for (let i = 0; i < 3; i++) {
  let t = performance.now();
  const cards = listCards(core.db, new Date().toISOString());
  const q = performance.now() - t;
  t = performance.now();
  const json = JSON.stringify(getBoard(core.db, core.clock));
  console.log({ q: q.toFixed(1), board: (performance.now() - t).toFixed(1), bytes: json.length, n: cards.length });
}
await core.close();
