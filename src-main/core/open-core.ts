import { readFileSync } from 'node:fs';
import { openDataDir } from './db/database';
import type { CoreContext } from './context';

export interface CoreOptions {
  dataDir: string;
  host: CoreContext['host'];
  version?: string;
  nativeBinding?: string | undefined;
  clock?: CoreContext['clock'];
}

/** Opens the data folder and assembles the context every service runs in. */
export function openCore(options: CoreOptions): CoreContext {
  const db = openDataDir(options.dataDir, { nativeBinding: options.nativeBinding });
  return {
    db,
    dataDir: options.dataDir,
    host: options.host,
    version: options.version ?? packageVersion(),
    clock: options.clock ?? (() => new Date()),
  };
}

function packageVersion(): string {
  const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return manifest.version;
}
