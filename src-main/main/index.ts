import type { BrowserWindow} from 'electron';
import { app, dialog } from 'electron';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createHandlers } from '../core/handlers';
import { openCore } from '../core/open-core';
import { platformAppDataDir, resolveDataDir, APP_NAME } from '../core/paths';
import type { CoreContext } from '../core/context';
import { registerAppScheme, serveRendererFrom } from './app-protocol';
import { emit, serveContract } from './ipc';
import { focusWindow, installMenu } from './menu';
import { electronSqliteBinding } from './native-binding';
import { createMainWindow, preloadScriptPath } from './window';

const mainDir = dirname(fileURLToPath(import.meta.url));
const devServerUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined;

app.setName(APP_NAME);
registerAppScheme();

let mainWindow: BrowserWindow | null = null;

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => focusWindow(mainWindow));
  app.on('window-all-closed', () => app.quit());
  void app.whenReady().then(start);
}

function start(): void {
  const dataDir = resolveDataDir(process.env, platformAppDataDir());
  app.setPath('userData', dataDir);
  let core: CoreContext;
  try {
    core = openCore({
      dataDir,
      host: 'electron',
      version: app.getVersion(),
      nativeBinding: electronSqliteBinding(app.getAppPath(), process.versions.electron),
    });
  } catch (error) {
    dialog.showErrorBox('Quarry cannot open its data', (error as Error).message);
    app.exit(1);
    return;
  }
  app.on('will-quit', () => core.db.close());
  serveRendererFrom(join(mainDir, '../renderer'));
  serveContract(createHandlers(core), devServerUrl);
  installMenu({ dataDir, isDev: !app.isPackaged, send: (command) => emit(mainWindow, 'menuCommand', command) });
  mainWindow = createMainWindow({ dataDir, preloadPath: preloadScriptPath(mainDir), devServerUrl });
  mainWindow.on('closed', () => (mainWindow = null));
}
