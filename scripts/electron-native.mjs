#!/usr/bin/env node
/**
 * Builds better-sqlite3 for Electron's ABI into .electron-native/<electron
 * version>/better_sqlite3.node, leaving node_modules' copy (built for Node,
 * used by tests, the CLI and the browser host) untouched. The main process
 * passes this file to better-sqlite3 as `nativeBinding`.
 *
 * Runs before `npm start` and `npm run dev`; does nothing when the binary for
 * the installed Electron already exists.
 */
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const electronVersion = require('electron/package.json').version;
const sqliteDir = dirname(require.resolve('better-sqlite3/package.json'));
const sqliteVersion = require('better-sqlite3/package.json').version;
const target = join(root, '.electron-native', electronVersion, 'better_sqlite3.node');

if (existsSync(target)) process.exit(0);

console.log(`Building better-sqlite3 ${sqliteVersion} for Electron ${electronVersion} (once; about a minute)…`);
const work = join(root, '.electron-native', `build-${electronVersion}`);
rmSync(work, { recursive: true, force: true });
mkdirSync(join(work, 'node_modules'), { recursive: true });
cpSync(sqliteDir, join(work, 'node_modules', 'better-sqlite3'), {
  recursive: true,
  filter: (source) => !source.startsWith(join(sqliteDir, 'build')),
});
writeFileSync(
  join(work, 'package.json'),
  JSON.stringify({ name: 'quarry-electron-native', private: true, dependencies: { 'better-sqlite3': sqliteVersion } }),
);

try {
  const { rebuild } = await import('@electron/rebuild');
  await rebuild({ buildPath: work, electronVersion, onlyModules: ['better-sqlite3'], force: true });
  mkdirSync(dirname(target), { recursive: true });
  copyFileSync(join(work, 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node'), target);
  console.log(`Electron's better-sqlite3 is at ${target}`);
} catch (error) {
  console.error(`Could not build better-sqlite3 for Electron: ${error instanceof Error ? error.message : error}`);
  console.error('Electron needs its headers from the network once; tests, the CLI and npm run serve do not.');
  process.exitCode = 1;
} finally {
  rmSync(work, { recursive: true, force: true });
}
