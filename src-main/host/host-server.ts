import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, isAbsolute, join, normalize, relative } from 'node:path';
import { CALL_NAMES, EVENT_NAMES, type EventName, type QuarryEvents } from '../../src-shared/contract';
import { QuarryError } from '../../src-shared/errors';
import type { CoreContext } from '../core/context';
import { dispatch } from '../core/dispatch';
import { createHandlers } from '../core/handlers';
import { bridgeScript, HOST_PREFIX, TOKEN_HEADER } from './bridge-script';

const MAX_BODY_BYTES = 64 * 1024 * 1024;

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
  '.ico': 'image/x-icon',
};

export interface HostOptions {
  core: CoreContext;
  rendererDir: string;
  port?: number;
}

export interface RunningHost {
  /** Open this in a browser; it carries the token in its fragment. */
  url: string;
  origin: string;
  token: string;
  emit<E extends EventName>(event: E, payload: QuarryEvents[E]): void;
  close(): Promise<void>;
}

/**
 * Development and test host: serves the built renderer and the contract over
 * HTTP on 127.0.0.1 only. Every call needs the per-run token in a custom
 * header (which forces a CORS preflight this server never grants) and the
 * exact Host, so neither another local page nor DNS rebinding can reach it.
 */
export async function startHost({ core, rendererDir, port = 0 }: HostOptions): Promise<RunningHost> {
  const token = randomBytes(24).toString('base64url');
  const streams = new Set<ServerResponse>();
  const emit: RunningHost['emit'] = (event, payload) => {
    const data = `data: ${JSON.stringify({ event, payload })}\n\n`;
    for (const stream of streams) stream.write(data);
  };
  const handlers = createHandlers(core, { emit });
  const bridge = bridgeScript(CALL_NAMES, EVENT_NAMES);
  // Stryker disable next-line StringLiteral: equivalent, set once listening and before any request can arrive.
  let origin = '';

  const server = createServer((request, response) => {
    void route(request, response).catch((error: unknown) => {
      console.error('Quarry host: request failed', error);
      if (!response.headersSent) send(response, 500, 'text/plain; charset=utf-8', 'Internal error');
      else response.end();
    });
  });

  async function route(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (request.headers.host !== new URL(origin).host) return send(response, 421, 'text/plain', 'Wrong host');
    // Stryker disable next-line StringLiteral: equivalent, a request the server received always has its url.
    const url = new URL(request.url ?? '/', origin);
    if (url.pathname.startsWith(`${HOST_PREFIX}/call/`)) return answerCall(request, response, url);
    if (url.pathname === `${HOST_PREFIX}/events`) return openEventStream(request, response, url);
    if (request.method !== 'GET' && request.method !== 'HEAD') return send(response, 405, 'text/plain', 'Method not allowed');
    if (url.pathname === `${HOST_PREFIX}/bridge.js`) return send(response, 200, CONTENT_TYPES['.js']!, bridge);
    return serveStatic(response, url.pathname);
  }

  async function answerCall(request: IncomingMessage, response: ServerResponse, url: URL): Promise<void> {
    if (request.method !== 'POST') return send(response, 405, 'text/plain', 'Method not allowed');
    if (!hasToken(request.headers[TOKEN_HEADER])) return send(response, 403, 'text/plain', 'Missing or wrong token');
    const requestOrigin = request.headers.origin;
    if (requestOrigin !== undefined && requestOrigin !== origin) return send(response, 403, 'text/plain', 'Wrong origin');
    const name = decodeURIComponent(url.pathname.slice(`${HOST_PREFIX}/call/`.length));
    let body: unknown;
    try {
      body = JSON.parse((await readBody(request)).toString('utf8'));
    } catch (error) {
      const refusal =
        error instanceof QuarryError ? error : new QuarryError('invalid_argument', 'The request body is not valid JSON.');
      return sendJson(response, { ok: false, error: refusal.toShape() });
    }
    // A body that is not an object ("5", "null") names no arguments.
    const args = (body as { args?: unknown } | null)?.args;
    sendJson(response, await dispatch(handlers, name, args));
  }

  function openEventStream(request: IncomingMessage, response: ServerResponse, url: URL): void {
    if (!hasToken(url.searchParams.get('token') ?? undefined)) return send(response, 403, 'text/plain', 'Missing or wrong token');
    response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
    response.write(': connected\n\n');
    streams.add(response);
    request.on('close', () => streams.delete(response));
  }

  function hasToken(candidate: string | string[] | undefined): boolean {
    if (typeof candidate !== 'string') return false;
    const given = Buffer.from(candidate);
    const expected = Buffer.from(token);
    return given.length === expected.length && timingSafeEqual(given, expected);
  }

  async function serveStatic(response: ServerResponse, pathname: string): Promise<void> {
    const requested = pathname === '/' ? '/index.html' : decodeURIComponent(pathname);
    const file = normalize(join(rendererDir, requested));
    const inside = relative(rendererDir, file);
    if (inside.startsWith('..') || isAbsolute(inside)) return send(response, 403, 'text/plain', 'Forbidden');
    let content: Buffer;
    try {
      content = await readFile(file);
    } catch {
      return send(response, 404, 'text/plain', 'Not found');
    }
    const type = CONTENT_TYPES[extname(file)] ?? 'application/octet-stream';
    if (file.endsWith('index.html')) {
      // The bridge must run before the app's module script, exactly like a preload.
      const html = content.toString('utf8').replace('</head>', `  <script src="${HOST_PREFIX}/bridge.js"></script>\n  </head>`);
      return send(response, 200, type, html);
    }
    send(response, 200, type, content);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  handlers.sync.start();

  return {
    url: `${origin}/#token=${token}`,
    origin,
    token,
    emit,
    close: () =>
      new Promise<void>((resolve) => {
        handlers.sync.close();
        for (const stream of streams) stream.end();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function send(response: ServerResponse, status: number, type: string, body: string | Buffer): void {
  response.writeHead(status, {
    'content-type': type,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    'cross-origin-resource-policy': 'same-origin',
  });
  response.end(body);
}

function sendJson(response: ServerResponse, value: unknown): void {
  send(response, 200, 'application/json; charset=utf-8', JSON.stringify(value));
}

function readBody(request: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      // Past the limit the rest is read and dropped, not kept, so the page still gets the answer, not a reset connection.
      if (size > MAX_BODY_BYTES) {
        reject(new QuarryError('invalid_argument', `The request is larger than ${MAX_BODY_BYTES / 1024 / 1024} MB.`));
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}
