/** `npm run bench`: every benchmark, printed as tables. */
import { benchImport } from './import-bench';

const files = Number(process.env.QUARRY_BENCH_FILES ?? 1000);
const result = await benchImport(files);
const filesPerSecond = result.files / result.importSeconds;
console.log('\nImport (corpus replicated, worker pool, fresh database)');
console.table({
  files: result.files,
  'jobs imported': result.jobsImported,
  'MB in': Number(result.megabytes.toFixed(2)),
  'import s': Number(result.importSeconds.toFixed(3)),
  'files/s': Math.round(filesPerSecond),
  'MB/s': Number((result.megabytes / result.importSeconds).toFixed(2)),
  'bare parse s (htmlparser2, 1 thread)': Number(result.bareParseSeconds.toFixed(3)),
  'import / bare parse': Number((result.importSeconds / result.bareParseSeconds).toFixed(2)),
  'goal: files/s >= 200': filesPerSecond >= 200 ? 'met' : 'NOT met',
});
