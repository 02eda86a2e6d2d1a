import { fork, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { CALL_NAMES, IPC_CALL_CHANNEL } from '../../src-shared/contract';

/**
 * The real shell cannot start here (no Electron binary), so the built
 * bundles run under Node with a stand-in `electron` module: a native module
 * inlined, an ESM/CJS mix-up or a missing dependency fails here, not at a
 * user's first start.
 */
const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const register = fileURLToPath(new URL('../support/electron-stand-in/register.mjs', import.meta.url));
const dataDir = mkdtempSync(join(tmpdir(), 'quarry-bundle-'));
const children: ChildProcess[] = [];

afterAll(() => {
  for (const child of children) child.kill();
  rmSync(dataDir, { recursive: true, force: true });
});

type Message = { type: string; id?: number } & Record<string, unknown>;

function start(script: string): {
  next: (type: string) => Promise<Message>;
  send: (message: Message) => void;
  errors: () => string;
} {
  let stderr = '';
  const child = fork(join(repoRoot, script), [], {
    cwd: repoRoot,
    execArgv: ['--import', register],
    env: { ...process.env, QUARRY_DATA_DIR: dataDir, ELECTRON_RENDERER_URL: '' },
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
  });
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  children.push(child);
  const next = (type: string) =>
    new Promise<Message>((resolve, reject) => {
      const onMessage = (message: Message) => {
        if (message.type === type) {
          child.off('message', onMessage);
          resolve(message);
        }
      };
      child.on('message', onMessage);
      child.once('exit', (code) => reject(new Error(`${script} exited (${code}) before "${type}":\n${stderr}`)));
    });
  return { next, send: (message) => child.send(message), errors: () => stderr };
}

describe('the built main process, under Node with a stand-in Electron', () => {
  const main = start('out/main/index.js');
  const started = main.next('started');

  it('starts: one sandboxed window, the app scheme, the IPC channel and the menu', async () => {
    const { windows, schemes, protocols, channels, menu } = await started;
    expect(windows).toHaveLength(1);
    expect((windows as { webPreferences: Record<string, unknown> }[])[0]!.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
    });
    expect(schemes).toEqual(['quarry']);
    expect(protocols).toEqual(['quarry']);
    expect(channels).toEqual([IPC_CALL_CHANNEL]);
    expect(menu).toEqual(expect.arrayContaining(['&File', '&Edit', '&View']));
  });

  it('builds the menus from the command table, shortcuts and groups included', async () => {
    const { menuItems } = (await started) as unknown as { menuItems: Record<string, string[]> };
    expect(menuItems['&File']!.slice(0, 8)).toEqual([
      'New Job… CmdOrCtrl+N',
      '-',
      'Import… CmdOrCtrl+O',
      'Import Folder… CmdOrCtrl+Shift+O',
      'Import Spreadsheet…',
      'Export… CmdOrCtrl+E',
      '-',
      'Settings… CmdOrCtrl+,',
    ]);
    expect(menuItems['&Edit']).toContain('Find… CmdOrCtrl+K');
    expect(menuItems['&View']).toEqual(
      expect.arrayContaining(['Board CmdOrCtrl+1', 'Table CmdOrCtrl+2', 'Agenda CmdOrCtrl+3', 'Insights CmdOrCtrl+4']),
    );
    expect(menuItems['&Help']).toEqual(['Keyboard Shortcuts CmdOrCtrl+/']);
  });

  it('opens the data folder and answers a call from the app page end to end', async () => {
    await started;
    main.send({ type: 'invoke', id: 1, channel: IPC_CALL_CHANNEL, frameUrl: 'quarry://app/index.html', args: ['getBoard', {}] });
    const { result } = await main.next('invoked');
    expect(result).toMatchObject({ ok: true, value: { columns: expect.any(Array), cards: [] } });
  });

  it('refuses the same call from any other page', async () => {
    await started;
    main.send({ type: 'invoke', id: 2, channel: IPC_CALL_CHANNEL, frameUrl: 'https://evil.example/', args: ['getBoard', {}] });
    const { result } = await main.next('invoked');
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'invalid_argument', message: 'Calls are only accepted from Quarry itself.' },
    });
  });

  it('serves the built renderer through the app scheme, and nothing outside it', async () => {
    await started;
    main.send({ type: 'fetch', id: 3, scheme: 'quarry', url: 'quarry://app/index.html' });
    const page = await main.next('fetched');
    expect(page.status).toBe(200);
    expect(page.text).toContain('<div id="app">');
    main.send({ type: 'fetch', id: 4, scheme: 'quarry', url: 'quarry://app/..%2F..%2Fpackage.json' });
    expect((await main.next('fetched')).status).toBe(403);
  });
});

describe('the built preload, under Node with a stand-in Electron', () => {
  it('exposes exactly the contract as window.quarry, each call through the one IPC channel', async () => {
    const preload = start('out/preload/index.cjs');
    const exposed = await preload.next('exposed');
    expect(exposed.key).toBe('quarry');
    expect(exposed.names).toEqual([...CALL_NAMES, 'on'].sort());
    preload.send({ type: 'call-bridge', id: 1, name: 'getJob', args: { id: 7 } });
    expect((await preload.next('bridged')).invoked).toEqual([IPC_CALL_CHANNEL, 'getJob', { id: 7 }]);
  });
});
