/**
 * The network backstop under the CSP: which web requests the window may make.
 * The dev server (and its hot-reload socket) in development, and https images,
 * which the renderer only puts on the page for a job whose images the user
 * chose to load. Everything else is cancelled before it leaves the machine.
 */
export function mayLeaveApp(url: string, resourceType: string, devServerUrl: string | undefined): boolean {
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    return false;
  }
  if (devServerUrl && target.host === new URL(devServerUrl).host) return true;
  return resourceType === 'image' && target.protocol === 'https:';
}

export const WEB_REQUEST_FILTER = { urls: ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*'] };
