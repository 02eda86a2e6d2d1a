/**
 * Import throughput: the corpus replicated to N files (each a distinct job,
 * so nothing is skipped as a duplicate), imported through the real service
 * with its worker pool into a fresh data folder, against a bare single-thread
 * htmlparser2 parse of the same bytes.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDocument } from 'htmlparser2';
import { openCore } from '../src-main/core/open-core';
import { importSources } from '../src-main/core/services/import-service';
import { isSavedPageName } from '../src-shared/domain/saved-page';

export const SEED_CORPUS = fileURLToPath(new URL('../../shared/corpus/', import.meta.url));
export const REAL_CORPUS = fileURLToPath(new URL('../../shared/corpus-real/', import.meta.url));

function corpusPages(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? corpusPages(join(dir, entry.name))
      : // Saved pages only: README.md and SOURCES.md describe the corpus.
        isSavedPageName(entry.name) && !/\.(md|txt)$/iu.test(entry.name)
        ? [join(dir, entry.name)]
        : [],
  );
}

/** Makes copy `index` of a page a different listing: new title words and URLs, same size and shape. */
function variant(html: string, index: number): string {
  return `<!-- copy ${index} -->\n${html.replace(/<h3>([^<]*)<\/h3>/u, `<h3>$1 ${index}</h3>`).replace(/(https?:\/\/[^"'\s<]+)/gu, `$1?copy=${index}`)}`;
}

export interface ImportBenchResult {
  files: number;
  megabytes: number;
  importSeconds: number;
  bareParseSeconds: number;
  jobsImported: number;
}

/** List pages are taken whole (as `import --all` does), so every job on them is stored. */
export async function benchImport(count = 1000, corpusDir = SEED_CORPUS): Promise<ImportBenchResult> {
  const pages = corpusPages(corpusDir).map((path) => readFileSync(path, 'utf8'));
  const work = join(tmpdir(), `quarry-bench-${process.pid}`);
  const filesDir = join(work, 'files');
  rmSync(work, { recursive: true, force: true });
  mkdirSync(filesDir, { recursive: true });
  let bytes = 0;
  const contents: string[] = [];
  for (let index = 0; index < count; index++) {
    const html = variant(pages[index % pages.length]!, index);
    contents.push(html);
    bytes += Buffer.byteLength(html);
    writeFileSync(join(filesDir, `listing-${String(index).padStart(5, '0')}.html`), html);
  }

  const bareStart = performance.now();
  for (const html of contents) parseDocument(html);
  const bareParseSeconds = (performance.now() - bareStart) / 1000;

  const core = await openCore({ dataDir: join(work, 'data'), host: 'cli' });
  // Start the workers before timing, as the app has them running already.
  const parser = core.parser();
  await parser.parse({
    kind: 'file',
    fileName: 'warm.html',
    bytes: new TextEncoder().encode(contents[0]!),
    modifiedAt: new Date(),
  });
  const started = performance.now();
  const report = await importSources({ db: core.db, clock: core.clock, parser }, [{ kind: 'path', path: filesDir }], {
    origin: 'bench',
    takeLists: true,
  });
  const importSeconds = (performance.now() - started) / 1000;
  await core.close();
  rmSync(work, { recursive: true, force: true });
  return { files: count, megabytes: bytes / 1024 / 1024, importSeconds, bareParseSeconds, jobsImported: report.jobsImported };
}
