import { readFileSync } from 'node:fs';
import { backUp, dailyBackup } from './db/backups';
import { openDataDir } from './db/database';
import type { CoreContext } from './context';
import { createParsePool, defaultWorkerScript, type Parser } from './import/parse-pool';
import { SearchIndex } from './search/search-index';

export interface CoreOptions {
  dataDir: string;
  host: CoreContext['host'];
  version?: string;
  nativeBinding?: string | undefined;
  clock?: CoreContext['clock'];
  /** The bundled parse worker in the app; the TypeScript source under tsx. */
  workerScript?: string | URL;
}

/** Opens the data folder and assembles the context every service runs in. */
export function openCore(options: CoreOptions): CoreContext {
  const clock = options.clock ?? (() => new Date());
  const db = openDataDir(options.dataDir, {
    nativeBinding: options.nativeBinding,
    beforeMigrating: (existing) => backUp(existing, options.dataDir, 'before-migration', clock()),
  });
  if (options.host !== 'cli') dailyBackup(db, options.dataDir, clock());
  let parser: Parser | undefined;
  let search: SearchIndex | undefined;
  const listeners = new Set<() => void>();
  return {
    db,
    dataDir: options.dataDir,
    host: options.host,
    version: options.version ?? packageVersion(),
    clock,
    parser: () => (parser ??= createParsePool(options.workerScript ?? defaultWorkerScript())),
    search: () => (search ??= new SearchIndex(db)),
    jobsChanged: (ids) => {
      search?.refresh(ids);
      for (const listener of listeners) listener();
    },
    onJobsChanged: (listener) => void listeners.add(listener),
    async close() {
      await parser?.close();
      db.close();
    },
  };
}

function packageVersion(): string {
  const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return manifest.version;
}
