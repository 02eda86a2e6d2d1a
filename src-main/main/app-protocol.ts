import { net, protocol } from 'electron';
import { join, normalize, relative, isAbsolute } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * The renderer is served from quarry://app/ rather than file:// so the page
 * has a real origin: the Content-Security-Policy's 'self' then means only
 * the app's own files, and IPC can check where a call came from.
 */
export const APP_SCHEME = 'quarry';
export const APP_ORIGIN = `${APP_SCHEME}://app`;

export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

export function serveRendererFrom(rendererDir: string): void {
  protocol.handle(APP_SCHEME, (request) => {
    const url = new URL(request.url);
    if (url.host !== 'app') return new Response('Not found', { status: 404 });
    const requested = decodeURIComponent(url.pathname === '/' ? '/index.html' : url.pathname);
    const file = normalize(join(rendererDir, requested));
    const inside = relative(rendererDir, file);
    if (inside.startsWith('..') || isAbsolute(inside)) return new Response('Forbidden', { status: 403 });
    return net.fetch(pathToFileURL(file).toString());
  });
}

export function isAppUrl(url: string, devServerUrl: string | undefined): boolean {
  if (url.startsWith(`${APP_ORIGIN}/`)) return true;
  // An empty dev server address would match every URL.
  return !!devServerUrl && url.startsWith(devServerUrl);
}
