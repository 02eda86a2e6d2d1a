import { _electron, chromium, expect, test, type Browser, type ElectronApplication, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

/** Flags that keep Debian's Chromium quiet and offline on CI machines. */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export function chromiumExecutable(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((candidate): candidate is string => !!candidate && existsSync(candidate));
}

/**
 * Where the electron package put its binary, read without requiring the
 * package: since Electron 45, requiring it tries to download a missing binary.
 */
function electronExecutable(): string | undefined {
  const packageDir = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  const pathFile = join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) return undefined;
  const relativePath = readFileSync(pathFile, 'utf8').trim();
  const distDir = process.env.ELECTRON_OVERRIDE_DIST_PATH ?? join(packageDir, 'dist');
  const path = join(distDir, relativePath);
  return existsSync(path) ? path : undefined;
}

/** A file a spec picks: a path, or bytes with a name. */
export type PickedFile = string | { name: string; mimeType: string; buffer: Buffer };

/** One running Quarry (browser host + Chromium, or Electron) over its own temporary data folder. */
export interface QuarrySession {
  page: Page;
  dataDir: string;
  /** Stops the app and starts it again, on the same data folder unless given another. */
  restart(otherDataDir?: string): Promise<void>;
  /** Lets a spec that asks for a remote request on purpose (remote images opt-in) make it. */
  allowRequestsTo(prefix: string): void;
  /**
   * Runs `action` (a click that saves a file) and returns the bytes saved: a
   * download in the browser host; in Electron, where a save dialog would ask,
   * the dialog is answered with a temporary path.
   */
  savedFile(action: () => Promise<void>): Promise<Buffer>;
  /**
   * Picks files the way a user does: `open` (a click) shows the app's picker,
   * which is answered with `files`: the page's file chooser, or in Electron
   * the system open dialog where the app uses it (Import…).
   */
  chooseFiles(files: PickedFile | PickedFile[], open: () => Promise<void>): Promise<void>;
  close(): Promise<void>;
}

interface Running {
  page: Page;
  stop(): Promise<void>;
  /** Electron: the next save (the app's save dialog, or a page download) goes to `path` without asking. */
  answerSaveDialog?: (path: string) => Promise<void>;
  /** Electron: the system open dialog answers `paths` without asking. */
  answerOpenDialog?: (paths: string[]) => Promise<void>;
}

/**
 * Privacy: every spec file fails if the app asked for anything but itself
 * (the browser host's origin, or quarry://app in Electron). And every test
 * fails on an exception nothing caught in the window: a half-finished update
 * can leave the screen stale without any visible error.
 */
function watchPage(page: Page, outside: string[], allowed: readonly string[], uncaught: string[]): void {
  page.on('pageerror', (error) => void uncaught.push(error.stack ?? error.message));
  page.on('request', (request) => {
    const url = request.url();
    const own = ['http://127.0.0.1:', 'quarry://app/', 'data:', 'blob:', 'devtools:', ...allowed].some((prefix) =>
      url.startsWith(prefix),
    );
    if (!own) outside.push(url);
  });
}

async function startBrowserHost(dataDir: string): Promise<Running> {
  const server = spawn(process.execPath, ['out/main/serve.js', '--data-dir', dataDir], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await waitForUrl(server);
  const executablePath = chromiumExecutable();
  const browser: Browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: CHROMIUM_ARGS });
  const page = await (await browser.newContext()).newPage();
  await page.goto(url);
  return {
    page,
    async stop() {
      await browser.close();
      server.kill('SIGTERM');
      await new Promise((resolve) => server.once('exit', resolve));
    },
  };
}

function waitForUrl(server: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`Browser host did not start:\n${output}`)), 20_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = output.match(/QUARRY_URL=(\S+)/);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    server.stdout!.on('data', onData);
    server.stderr!.on('data', onData);
    server.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Browser host exited with ${code}:\n${output}`));
    });
  });
}

async function startElectron(dataDir: string, executablePath: string): Promise<Running> {
  const app: ElectronApplication = await _electron.launch({
    executablePath,
    args: [join(repoRoot, 'out/main/index.js')],
    cwd: repoRoot,
    env: { ...process.env, QUARRY_DATA_DIR: dataDir },
  });
  const page = await app.firstWindow();
  return {
    page,
    stop: () => app.close(),
    answerSaveDialog: (path) =>
      app.evaluate(({ dialog, session }, target) => {
        dialog.showSaveDialog = (async () => ({ canceled: false, filePath: target })) as typeof dialog.showSaveDialog;
        session.defaultSession.once('will-download', (_event, item) => item.setSavePath(target));
      }, path),
    answerOpenDialog: (paths) =>
      app.evaluate(({ dialog }, chosen) => {
        dialog.showOpenDialog = (async () => ({ canceled: false, filePaths: chosen })) as typeof dialog.showOpenDialog;
      }, paths),
  };
}

/**
 * Registers beforeAll/afterAll so the spec file gets one app with a fresh
 * data folder. The electron project skips itself where the binary is absent.
 */
export function useQuarry(): { readonly current: QuarrySession } {
  let session: QuarrySession | undefined;
  const outside: string[] = [];
  const allowed: string[] = [];
  const uncaught: string[] = [];

  test.beforeAll(async ({ browserName: _browserName }, testInfo) => {
    let start: (dataDir: string) => Promise<Running>;
    if (testInfo.project.name === 'electron') {
      const executable = electronExecutable();
      test.skip(
        !executable,
        'Electron binary not installed (ELECTRON_SKIP_BINARY_DOWNLOAD=1): these specs ran against the browser host instead.',
      );
      start = (dataDir) => startElectron(dataDir, executable!);
    } else {
      start = startBrowserHost;
    }
    const dataDir = mkdtempSync(join(tmpdir(), 'quarry-e2e-'));
    let running = await start(dataDir);
    watchPage(running.page, outside, allowed, uncaught);
    session = {
      get page() {
        return running.page;
      },
      dataDir,
      allowRequestsTo: (prefix) => void allowed.push(prefix),
      async savedFile(action) {
        if (running.answerSaveDialog) {
          const path = join(dataDir, `saved-${Date.now()}`);
          await running.answerSaveDialog(path);
          await action();
          await expect.poll(() => existsSync(path)).toBe(true);
          return readFileSync(path);
        }
        const [download] = await Promise.all([running.page.waitForEvent('download'), action()]);
        return readFileSync(await download.path());
      },
      async chooseFiles(files, open) {
        // Paths on disk serve both pickers (the system dialog takes nothing else).
        const folder = mkdtempSync(join(dataDir, 'picked-'));
        const paths = [files].flat().map((file) => {
          if (typeof file === 'string') return file;
          writeFileSync(join(folder, file.name), file.buffer);
          return join(folder, file.name);
        });
        if (!running.answerOpenDialog) {
          const [chooser] = await Promise.all([running.page.waitForEvent('filechooser'), open()]);
          await chooser.setFiles(paths);
          return;
        }
        // Electron: Import… asks through the system dialog, other pickers are in the page; whichever shows gets the paths.
        await running.answerOpenDialog(paths);
        const chooser = running.page.waitForEvent('filechooser', { timeout: 3_000 }).catch(() => null);
        await open();
        await (await chooser)?.setFiles(paths);
      },
      async restart(otherDataDir) {
        await running.stop();
        running = await start(otherDataDir ?? dataDir);
        watchPage(running.page, outside, allowed, uncaught);
      },
      async close() {
        await running.stop();
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  });

  test.afterEach(() => {
    expect(uncaught.splice(0), 'exceptions in the window').toEqual([]);
  });

  test.afterAll(async () => {
    await session?.close();
    expect(outside, 'requests that left the app').toEqual([]);
  });

  return {
    get current() {
      if (!session) throw new Error('Quarry session not started');
      return session;
    },
  };
}
