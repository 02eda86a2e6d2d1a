/**
 * A child process for the crash test: attaches distinct 1 MB documents to a
 * job, one transaction each, until it is killed.
 * Run as: node --import tsx tests/support/attach-loop.ts DATA_DIR
 */
import { openCore } from '../../src-main/core/open-core';
import { attachDocument } from '../../src-main/core/services/documents-service';
import { addJob } from '../../src-main/core/services/jobs-service';

const core = await openCore({ dataDir: process.argv[2]!, host: 'cli' });
const { id } = addJob(core.db, { title: 'Engineer', company: 'Acme' }, core.clock);
for (let index = 0; ; index++) {
  const bytes = Buffer.alloc(1024 * 1024, index % 251);
  bytes.write(`%PDF-1.7 ${index}`);
  attachDocument(core.db, { jobId: id, fileName: `CV ${index}.pdf`, bytes, kind: 'resume', versionLabel: null }, core.clock);
}
