import { BrowserWindow, screen } from 'electron';
import { join } from 'node:path';
import { APP_ORIGIN, isAppUrl } from './app-protocol';
import { openExternalWebUrl } from './external-links';
import { mayLeaveApp, WEB_REQUEST_FILTER } from './request-policy';
import { DEFAULT_BOUNDS, fitToDisplays, loadWindowState, trackWindowState } from './window-state';

export interface WindowOptions {
  dataDir: string;
  preloadPath: string;
  /** Set by `electron-vite dev`; the packaged app always uses the app scheme. */
  devServerUrl: string | undefined;
}

export function createMainWindow({ dataDir, preloadPath, devServerUrl }: WindowOptions): BrowserWindow {
  const saved = fitToDisplays(
    loadWindowState(dataDir),
    screen.getAllDisplays().map((display) => display.workArea),
  );
  const bounds = saved?.bounds ?? DEFAULT_BOUNDS;
  const window = new BrowserWindow({
    ...(saved ? bounds : { width: bounds.width, height: bounds.height }),
    minWidth: 720,
    minHeight: 480,
    show: false,
    title: 'Quarry',
    backgroundColor: '#00000000',
    webPreferences: {
      // Electronegativity PRELOAD_JS_CHECK (justified in docs/SECURITY.md): the
      // preload only bridges the typed contract; it hands out no Node or Electron objects.
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: true,
      // Middle-click would otherwise try to open links in new windows.
      disableBlinkFeatures: 'Auxclick',
    },
  });
  if (saved?.maximized) window.maximize();
  trackWindowState(window, dataDir);
  lockNavigation(window, devServerUrl);
  window.once('ready-to-show', () => window.show());
  void window.loadURL(devServerUrl ?? `${APP_ORIGIN}/index.html`);
  return window;
}

/** The window only ever shows the app: links open in the system browser, nothing navigates or pops up. */
function lockNavigation(window: BrowserWindow, devServerUrl: string | undefined): void {
  const { webContents } = window;
  webContents.setWindowOpenHandler(({ url }) => {
    openExternalWebUrl(url);
    return { action: 'deny' };
  });
  webContents.on('will-navigate', (event, url) => {
    if (isAppUrl(url, devServerUrl) && url.split('#')[0] === webContents.getURL().split('#')[0]) return;
    event.preventDefault();
    openExternalWebUrl(url);
  });
  webContents.on('will-attach-webview', (event) => event.preventDefault());
  webContents.session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  webContents.session.webRequest.onBeforeRequest(WEB_REQUEST_FILTER, (details, callback) =>
    callback({ cancel: !mayLeaveApp(details.url, details.resourceType, devServerUrl) }),
  );
}

export function preloadScriptPath(mainDir: string): string {
  return join(mainDir, '../preload/index.cjs');
}
