import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startHost, type RunningHost } from '../../src-main/host/host-server';
import { SyncService } from '../../src-main/core/services/sync-service';
import { addJob } from '../../src-main/core/services/jobs-service';
import { tempDir, testCore } from '../support/helpers';

let host: RunningHost | undefined;
afterEach(async () => {
  await host?.close();
  host = undefined;
});

async function start(): Promise<RunningHost> {
  const rendererDir = tempDir();
  mkdirSync(join(rendererDir, 'assets'));
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><html><head><title>Q</title></head><body></body></html>');
  writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  host = await startHost({ core: await testCore(), rendererDir });
  return host;
}

/** A raw request, so tests can send the headers a hostile page or a rebinding attack would. */
function send(url: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
  return new Promise<{ status: number; body: string; headers: Record<string, unknown> }>((resolve, reject) => {
    const req = request(url, { method: options.method ?? 'GET', headers: options.headers }, (response) => {
      let body = '';
      response.on('data', (chunk: Buffer) => (body += chunk.toString()));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body, headers: response.headers }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

describe('browser host', () => {
  it('listens on 127.0.0.1 and injects the bridge before the app', async () => {
    const { origin, url } = await start();
    expect(origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/u);
    expect(url).toMatch(/#token=[\w-]{20,}$/u);
    const page = await send(`${origin}/`);
    expect(page.body).toContain('<script src="/__quarry/bridge.js"></script>\n  </head>');
    const bridge = await send(`${origin}/__quarry/bridge.js`);
    expect(bridge.body).toContain('"getBoard"');
  });

  it('answers contract calls only with the token, the right Host and no foreign Origin', async () => {
    const { origin, token } = await start();
    const call = (headers: Record<string, string>) =>
      send(`${origin}/__quarry/call/getBoard`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: '{}',
      });
    expect((await call({ 'x-quarry-token': token })).status).toBe(200);
    expect(JSON.parse((await call({ 'x-quarry-token': token })).body)).toMatchObject({ ok: true });
    expect((await call({})).status).toBe(403);
    expect((await call({ 'x-quarry-token': 'wrong' })).status).toBe(403);
    expect((await call({ 'x-quarry-token': token, origin: 'http://evil.example' })).status).toBe(403);
    expect((await call({ 'x-quarry-token': token, host: 'evil.example' })).status).toBe(421);
  });

  it('validates through the same dispatch as Electron', async () => {
    const { origin, token } = await start();
    const response = await send(`${origin}/__quarry/call/addJob`, {
      method: 'POST',
      headers: { 'x-quarry-token': token },
      body: JSON.stringify({ args: { title: 42 } }),
    });
    expect(JSON.parse(response.body)).toMatchObject({ ok: false, error: { code: 'invalid_argument' } });
    const garbage = await send(`${origin}/__quarry/call/addJob`, {
      method: 'POST',
      headers: { 'x-quarry-token': token },
      body: '{not json',
    });
    expect(JSON.parse(garbage.body)).toMatchObject({ ok: false, error: { code: 'invalid_argument' } });
  });

  it('answers every response with no caching, no sniffing and same-origin only, and each file with its type', async () => {
    const { origin } = await start();
    const page = await send(`${origin}/index.html`);
    expect(page.body).toContain('<script src="/__quarry/bridge.js"></script>');
    expect(page.headers).toMatchObject({
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
      'cross-origin-resource-policy': 'same-origin',
    });
    expect((await send(`${origin}/assets/app.js`)).headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect((await send(`${origin}/__quarry/bridge.js`)).headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect((await send(`${origin}/missing.js`)).headers['x-content-type-options']).toBe('nosniff');
  });

  it('takes calls only as POST and files only as GET or HEAD', async () => {
    const { origin, token } = await start();
    expect((await send(`${origin}/__quarry/call/getBoard`, { headers: { 'x-quarry-token': token } })).status).toBe(405);
    expect((await send(`${origin}/assets/app.js`, { method: 'PUT', body: 'x' })).status).toBe(405);
    expect((await send(`${origin}/assets/app.js`, { method: 'DELETE' })).status).toBe(405);
    expect((await send(`${origin}/assets/app.js`, { method: 'HEAD' })).status).toBe(200);
  });

  it('reads the call name from the path, its arguments from the body, and accepts the page’s own Origin', async () => {
    const { origin, token } = await start();
    const post = (path: string, body: string, headers: Record<string, string> = {}) =>
      send(`${origin}/__quarry/call/${path}`, { method: 'POST', headers: { 'x-quarry-token': token, ...headers }, body });
    const added = JSON.parse((await post('addJob', JSON.stringify({ args: { title: 'Engineer', company: 'Acme' } }))).body);
    expect(added).toMatchObject({ ok: true, value: { title: 'Engineer', company: 'Acme' } });
    expect(JSON.parse((await post('get%42oard', 'null', { origin })).body)).toMatchObject({
      ok: true,
      value: { cards: [{ title: 'Engineer' }] },
    });
    expect(JSON.parse((await post('nothingLikeThis', '{}')).body)).toEqual({
      ok: false,
      error: { code: 'unknown_call', message: 'Unknown call "nothingLikeThis".' },
    });
    expect(JSON.parse((await post('addJob', '{not json')).body)).toEqual({
      ok: false,
      error: { code: 'invalid_argument', message: 'The request body is not valid JSON.' },
    });
    // Same length, one character different: the comparison must read every character.
    const lastChanged = `${token.slice(0, -1)}${token.endsWith('x') ? 'y' : 'x'}`;
    expect((await post('getBoard', '{}', { 'x-quarry-token': lastChanged })).status).toBe(403);
  });

  it('streams events to every open stream with the token, as server-sent events', async () => {
    const { origin, token, emit } = await start();
    const chunks: string[] = [];
    const opened = new Promise<void>((resolve) => {
      request(`${origin}/__quarry/events?token=${token}`, (response) => {
        expect(response.headers['content-type']).toBe('text/event-stream');
        response.on('data', (chunk: Buffer) => {
          chunks.push(chunk.toString());
          resolve();
        });
      }).end();
    });
    await opened;
    emit('dataChanged', { reason: 'import' });
    await expect
      .poll(() => chunks.join(''))
      .toBe(': connected\n\ndata: {"event":"dataChanged","payload":{"reason":"import"}}\n\n');
  });

  it('says why it refused, in plain text, for every refusal', async () => {
    const { origin, token } = await start();
    const refusals: [Promise<{ status: number; body: string; headers: Record<string, unknown> }>, number, string][] = [
      [send(`${origin}/`, { headers: { host: 'evil.example' } }), 421, 'Wrong host'],
      [send(`${origin}/index.html`, { method: 'POST', body: 'x' }), 405, 'Method not allowed'],
      [send(`${origin}/__quarry/call/getBoard`, { headers: { 'x-quarry-token': token } }), 405, 'Method not allowed'],
      [send(`${origin}/__quarry/call/getBoard`, { method: 'POST', body: '{}' }), 403, 'Missing or wrong token'],
      [
        send(`${origin}/__quarry/call/getBoard`, {
          method: 'POST',
          headers: { 'x-quarry-token': token, origin: 'http://evil.example' },
          body: '{}',
        }),
        403,
        'Wrong origin',
      ],
      [send(`${origin}/__quarry/events`), 403, 'Missing or wrong token'],
      [send(`${origin}/..%2f..%2fetc%2fpasswd`), 403, 'Forbidden'],
      [send(`${origin}/missing.js`), 404, 'Not found'],
    ];
    for (const [response, status, body] of refusals) {
      expect(await response).toMatchObject({ status, body, headers: { 'content-type': 'text/plain' } });
    }
    const answer = await send(`${origin}/__quarry/call/getBoard`, {
      method: 'POST',
      headers: { 'x-quarry-token': token },
      body: '{}',
    });
    expect(answer.headers['content-type']).toBe('application/json; charset=utf-8');
  });

  it('answers a request it cannot route with a plain 500, and logs why', async () => {
    const { origin } = await start();
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const broken = await send(`${origin}/%E0%A4%A`);
    expect(broken).toMatchObject({
      status: 500,
      body: 'Internal error',
      headers: { 'content-type': 'text/plain; charset=utf-8' },
    });
    expect(errors).toHaveBeenCalledWith('Quarry host: request failed', expect.any(URIError));
    errors.mockRestore();
  });

  it('adds the bridge to index.html only, and serves other files byte for byte', async () => {
    const rendererDir = tempDir();
    writeFileSync(join(rendererDir, 'index.html'), '<html><head><title>Q</title></head><body></body></html>');
    writeFileSync(join(rendererDir, 'page.js'), 'const marker = "</head>";');
    writeFileSync(join(rendererDir, 'blob.bin'), Buffer.from([0, 1, 2, 255]));
    host = await startHost({ core: await testCore(), rendererDir });
    expect((await send(`${host.origin}/`)).body).toBe(
      '<html><head><title>Q</title>  <script src="/__quarry/bridge.js"></script>\n  </head><body></body></html>',
    );
    expect((await send(`${host.origin}/page.js`)).body).toBe('const marker = "</head>";');
    const blob = await send(`${host.origin}/blob.bin`);
    expect(blob.headers['content-type']).toBe('application/octet-stream');
  });

  it('refuses a request body over 64 MB with a reason, and takes one of exactly 64 MB', async () => {
    const { origin, token } = await start();
    const post = (body: string) =>
      send(`${origin}/__quarry/call/getBoard`, { method: 'POST', headers: { 'x-quarry-token': token }, body });
    const limit = 64 * 1024 * 1024;
    expect(JSON.parse((await post(`${' '.repeat(limit - 2)}{}`)).body)).toMatchObject({ ok: true });
    expect(JSON.parse((await post(' '.repeat(limit + 1))).body)).toEqual({
      ok: false,
      error: { code: 'invalid_argument', message: 'The request is larger than 64 MB.' },
    });
  });

  it('hands the events its calls raise to the open streams, and ends them when it closes', async () => {
    const { origin, token } = await start();
    let received = '';
    const ended = new Promise<void>((resolve) => {
      request(`${origin}/__quarry/events?token=${token}`, (response) => {
        expect(response.headers).toMatchObject({ 'cache-control': 'no-store', connection: 'keep-alive' });
        response.on('data', (chunk: Buffer) => (received += chunk.toString()));
        response.on('end', () => resolve());
      }).end();
    });
    await expect.poll(() => received).toContain(': connected');
    const files = [{ name: 'notes.txt', contentBase64: Buffer.from('not a page').toString('base64') }];
    await send(`${origin}/__quarry/call/importFiles`, {
      method: 'POST',
      headers: { 'x-quarry-token': token },
      body: JSON.stringify({ args: { files } }),
    });
    await expect.poll(() => received).toContain('"event":"importFinished"');
    await host!.close();
    host = undefined;
    await ended;
  });

  it('cannot be reached from another address of this machine', async () => {
    const { origin } = await start();
    const port = new URL(origin).port;
    const outward = Object.values(networkInterfaces())
      .flat()
      .filter((address) => address && !address.internal)
      .map((address) => (address!.family === 'IPv6' ? `[${address!.address.split('%')[0]}]` : address!.address));
    for (const address of ['[::1]', ...outward]) {
      await expect(send(`http://${address}:${port}/`)).rejects.toThrow(/ECONNREFUSED|EADDRNOTAVAIL|ENETUNREACH|EINVAL/u);
    }
  });

  it('refuses to start on a port already taken', async () => {
    const first = await start();
    const port = Number(new URL(first.origin).port);
    await expect(startHost({ core: await testCore(), rendererDir: tempDir(), port })).rejects.toThrow(/EADDRINUSE/u);
  });

  it('serves only files inside the renderer folder', async () => {
    const { origin } = await start();
    expect((await send(`${origin}/assets/app.js`)).status).toBe(200);
    expect((await send(`${origin}/..%2f..%2fetc%2fpasswd`)).status).toBe(403);
    expect((await send(`${origin}/missing.js`)).status).toBe(404);
  });
});

describe('browser host and sync', () => {
  const quiet = { pollMs: 0, debounceMs: -1, watch: false, outboxMs: 0 };

  it('runs a sync pass when it starts, and writes out what is pending when it closes', async () => {
    const folder = tempDir('quarry-host-sync-');
    const core = await testCore();
    new SyncService(core, { emit: () => undefined }, quiet).turnOn(folder, 'Laptop');
    addJob(core.db, { title: 'Pending on the laptop', company: 'Acme' }, core.clock);
    // The desk writes after the laptop's last pass: only a pass at the host's start brings its job.
    const desk = await testCore();
    const deskSync = new SyncService(desk, { emit: () => undefined }, quiet);
    addJob(desk.db, { title: 'Written by the desk', company: 'Acme' }, desk.clock);
    deskSync.turnOn(folder, 'Desk-PC');
    const rendererDir = tempDir();
    writeFileSync(join(rendererDir, 'index.html'), '<html><head></head><body></body></html>');
    host = await startHost({ core, rendererDir });
    // Started: the desk's job is here without anyone pressing Sync now.
    expect(core.db.prepare('SELECT title FROM jobs ORDER BY title').all()).toEqual([
      { title: 'Pending on the laptop' },
      { title: 'Written by the desk' },
    ]);
    addJob(core.db, { title: 'Added just before closing', company: 'Acme' }, core.clock);
    await host.close();
    host = undefined;
    deskSync.syncNow();
    expect(desk.db.prepare('SELECT title FROM jobs ORDER BY title').all()).toEqual([
      { title: 'Added just before closing' },
      { title: 'Pending on the laptop' },
      { title: 'Written by the desk' },
    ]);
  });
});
