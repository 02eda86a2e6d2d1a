import { app, dialog, shell, type BrowserWindow } from 'electron';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SAVED_PAGE_EXTENSIONS } from '../../src-shared/domain/saved-page';
import { QuarryError } from '../../src-shared/errors';
import type { CoreContext, Platform } from '../core/context';
import { createHandlers } from '../core/handlers';
import { openCore } from '../core/open-core';
import { platformAppDataDir, resolveDataDir, APP_NAME } from '../core/paths';
import { ImportRunner } from '../core/services/import-runner';
import { registerAppScheme, serveRendererFrom } from './app-protocol';
import { emit, serveContract } from './ipc';
import { focusWindow, installMenu } from './menu';
import { pageArguments } from './open-files';
import { armReminders } from './reminders';
import { createMainWindow, preloadScriptPath } from './window';

const mainDir = dirname(fileURLToPath(import.meta.url));
const devServerUrl = (!app.isPackaged && process.env.ELECTRON_RENDERER_URL) || undefined;

app.setName(APP_NAME);
registerAppScheme();
// Before the single-instance lock, which lives in userData: one Quarry per data folder, so two data folders
// (QUARRY_DATA_DIR) can run side by side, as two computers syncing do in the e2e tests.
const dataDir = resolveDataDir(process.env, platformAppDataDir());
app.setPath('userData', dataDir);

let mainWindow: BrowserWindow | null = null;
let imports: ImportRunner | null = null;
/** Pages handed to the app before it was ready to import them. */
const pendingPages: string[] = pageArguments(process.argv.slice(app.isPackaged ? 1 : 2));

function importPages(paths: string[]): void {
  if (paths.length === 0) return;
  if (!imports) {
    pendingPages.push(...paths);
    return;
  }
  void imports.runPaths(paths, 'open-with');
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', (_event, argv) => {
    focusWindow(mainWindow);
    importPages(pageArguments(argv.slice(1)));
  });
  app.on('open-file', (event, path) => {
    event.preventDefault();
    importPages(pageArguments([path]));
  });
  app.on('window-all-closed', () => app.quit());
  void app.whenReady().then(start);
}

async function pickImportPaths(folders: boolean): Promise<string[] | null> {
  const options: Electron.OpenDialogOptions = folders
    ? { title: 'Import a folder of saved job pages', properties: ['openDirectory', 'multiSelections'] }
    : {
        title: 'Import saved job pages',
        properties: ['openFile', 'multiSelections'],
        filters: [{ name: 'Saved job pages', extensions: SAVED_PAGE_EXTENSIONS.map((extension) => extension.slice(1)) }],
      };
  const result = mainWindow ? await dialog.showOpenDialog(mainWindow, options) : await dialog.showOpenDialog(options);
  return result.canceled ? null : result.filePaths;
}

async function pickSavePath(suggestedName: string): Promise<string | null> {
  const extension = extname(suggestedName).slice(1);
  const options: Electron.SaveDialogOptions = {
    title: 'Export Quarry data',
    defaultPath: join(app.getPath('documents'), suggestedName),
    filters: [{ name: extension === 'csv' ? 'Spreadsheet (CSV)' : 'Quarry export (JSON)', extensions: [extension] }],
  };
  const result = mainWindow ? await dialog.showSaveDialog(mainWindow, options) : await dialog.showSaveDialog(options);
  return result.canceled || !result.filePath ? null : result.filePath;
}

async function start(): Promise<void> {
  let core: CoreContext;
  try {
    core = await openCore({
      dataDir,
      host: 'electron',
      version: app.getVersion(),
      workerScript: join(mainDir, 'parse-worker.js'),
    });
  } catch (error) {
    dialog.showErrorBox('Quarry cannot open its data', (error as Error).message);
    app.exit(1);
    return;
  }
  const platform: Platform = {
    emit: (event, payload) => emit(mainWindow, event, payload),
    pickImportPaths,
    pickSavePath,
    pickFolder: async (title) => {
      const options: Electron.OpenDialogOptions = { title, properties: ['openDirectory', 'createDirectory'] };
      const result = mainWindow ? await dialog.showOpenDialog(mainWindow, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    openFile: async (path) => {
      // shell.openPath answers an error message rather than throwing.
      const failure = await shell.openPath(path);
      if (failure) throw new QuarryError('storage', `The system could not open ${path}: ${failure}`);
    },
  };
  const runner = new ImportRunner(core, platform);
  serveRendererFrom(join(mainDir, '../renderer'));
  const calls = createHandlers(core, platform, runner);
  app.on('will-quit', () => {
    calls.sync.close();
    void core.close();
  });
  serveContract(calls, devServerUrl);
  const importChosen = async (folders: boolean) => {
    const paths = await pickImportPaths(folders);
    if (paths) await runner.runPaths(paths, folders ? 'folder' : 'dialog');
  };
  installMenu({
    dataDir,
    isDev: !app.isPackaged,
    send: (command) => emit(mainWindow, 'menuCommand', command),
    importFiles: () => void importChosen(false),
    importFolder: () => void importChosen(true),
  });
  mainWindow = createMainWindow({ dataDir, preloadPath: preloadScriptPath(mainDir), devServerUrl });
  // Sync's first pass once the window can hear its status; with sync off this does nothing.
  mainWindow.webContents.once('did-finish-load', () => calls.sync.start());
  mainWindow.on('closed', () => (mainWindow = null));
  const disarm = armReminders(core, (jobId) => {
    focusWindow(mainWindow);
    emit(mainWindow, 'openJob', { jobId });
  });
  app.on('will-quit', disarm);
  mainWindow.webContents.once('did-finish-load', () => {
    imports = runner;
    importPages(pendingPages.splice(0));
  });
}
