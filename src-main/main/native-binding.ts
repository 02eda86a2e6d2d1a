import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * better-sqlite3 in node_modules is built for Node (tests, CLI, browser
 * host). `npm start` builds a second copy for Electron's ABI into
 * .electron-native/<electron version>/ (scripts/electron-native.mjs); the
 * main process loads that one when it exists.
 */
export function electronSqliteBinding(appPath: string, electronVersion: string): string | undefined {
  const candidate = join(appPath, '.electron-native', electronVersion, 'better_sqlite3.node');
  return existsSync(candidate) ? candidate : undefined;
}
