import { extractFile, listPackage } from '@electron/asar';
import { FuseState, FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'quarry-pack-'));
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';

/**
 * Electron's binary cannot be downloaded here, so electron-builder packs
 * against a stand-in: a file laid out like Electron's fuse wire, which the
 * after-pack hook must flip.
 */
function standInElectron(dir: string): void {
  mkdirSync(dir, { recursive: true });
  const wire = Buffer.from([1, 9, ...Array<number>(9).fill(FuseState.ENABLE)]);
  const file = join(dir, 'electron');
  writeFileSync(file, Buffer.concat([Buffer.alloc(4096, 0xcc), Buffer.from(SENTINEL), wire, Buffer.alloc(4096, 0xdd)]));
  chmodSync(file, 0o755);
}

let unpacked: string;
let files: string[];

beforeAll(() => {
  standInElectron(join(work, 'electron-dist'));
  const run = spawnSync(
    process.execPath,
    [
      join(repoRoot, 'node_modules/electron-builder/cli.js'),
      ...['--linux', 'dir', '--x64', '--config', 'resources/electron-builder.config.mjs'],
      `--config.electronDist=${join(work, 'electron-dist')}`,
      `--config.directories.output=${join(work, 'dist')}`,
    ],
    { cwd: repoRoot, encoding: 'utf8', env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' } },
  );
  expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
  unpacked = join(work, 'dist', 'linux-unpacked');
  files = listPackage(join(unpacked, 'resources', 'app.asar'), { isPack: false }).map((file) => file.replaceAll('\\', '/'));
}, 180_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the packed app (electron-builder --dir against a stand-in Electron)', () => {
  it('holds the built app and the runtime dependencies', () => {
    for (const file of [
      '/package.json',
      '/out/main/index.js',
      '/out/main/parse-worker.js',
      '/out/main/quarry.js',
      '/out/preload/index.cjs',
      '/out/renderer/index.html',
      '/node_modules/better-sqlite3/lib/index.js',
      '/node_modules/htmlparser2/package.json',
      '/node_modules/valibot/package.json',
    ]) {
      expect(files, file).toContain(file);
    }
    const manifest = JSON.parse(extractFile(join(unpacked, 'resources', 'app.asar'), 'package.json').toString()) as {
      main: string;
    };
    expect(manifest.main).toBe('out/main/index.js');
  });

  it('holds no sources, tests, development tools or the browser host', () => {
    const forbidden = [
      /^\/(src-main|src-renderer|src-shared|tests|scripts|bench|docs|resources)\//u,
      /\.ts$/u,
      /^\/out\/main\/serve\.js$/u,
      /^\/node_modules\/(electron|vitest|vite|typescript|electron-builder|@playwright|svelte|tsx|eslint|date-fns|dompurify)\//u,
      /^\/node_modules\/better-sqlite3\/(deps|src)\//u,
    ];
    const offenders = files.filter((file) => forbidden.some((pattern) => pattern.test(file)));
    expect(offenders).toEqual([]);
  });

  it('unpacks the SQLite driver for this platform only, outside the archive', () => {
    const prebuilds = join(unpacked, 'resources', 'app.asar.unpacked', 'node_modules', 'better-sqlite3', 'prebuilds');
    expect(readdirSync(prebuilds)).toEqual([`${process.platform}-${process.arch}.node`]);
  });

  it('the after-pack hook set the fuses on the packaged executable', async () => {
    const executable = join(unpacked, 'quarry');
    expect(existsSync(executable)).toBe(true);
    const wire = await getCurrentFuseWire(executable);
    expect(wire[FuseV1Options.RunAsNode]).toBe(FuseState.DISABLE);
    expect(wire[FuseV1Options.OnlyLoadAppFromAsar]).toBe(FuseState.ENABLE);
  });
});
