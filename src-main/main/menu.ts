import { Menu, shell, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../src-shared/contract';

export interface MenuActions {
  send: (command: MenuCommand) => void;
  importFiles: () => void;
  importFolder: () => void;
  dataDir: string;
  isDev: boolean;
}

export function installMenu({ send, importFiles, importFolder, dataDir, isDev }: MenuActions): void {
  const isMac = process.platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: '&File',
      submenu: [
        { label: 'New Job…', accelerator: 'CmdOrCtrl+N', click: () => send('new-job') },
        { type: 'separator' },
        { label: 'Import…', accelerator: 'CmdOrCtrl+O', click: importFiles },
        { label: 'Import Folder…', accelerator: 'CmdOrCtrl+Shift+O', click: importFolder },
        { label: 'Import Spreadsheet…', click: () => send('import-data') },
        { label: 'Export…', accelerator: 'CmdOrCtrl+E', click: () => send('export') },
        { type: 'separator' },
        { label: 'Settings…', accelerator: 'CmdOrCtrl+,', click: () => send('settings') },
        { label: 'Show Data Folder', click: () => void shell.openPath(dataDir) },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    {
      label: '&Edit',
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
        { type: 'separator' },
        { label: 'Find…', accelerator: 'CmdOrCtrl+K', click: () => send('find') },
      ],
    },
    {
      label: '&View',
      submenu: [
        ...(isDev ? [{ role: 'reload' as const }, { role: 'toggleDevTools' as const }, { type: 'separator' as const }] : []),
        { label: 'Board', accelerator: 'CmdOrCtrl+1', click: () => send('show-board') },
        { label: 'Agenda', accelerator: 'CmdOrCtrl+2', click: () => send('show-agenda') },
        { label: 'Insights', accelerator: 'CmdOrCtrl+3', click: () => send('show-insights') },
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    { role: 'windowMenu', label: '&Window' },
    {
      role: 'help',
      label: '&Help',
      submenu: [{ label: 'Keyboard Shortcuts', accelerator: 'CmdOrCtrl+/', click: () => send('show-shortcuts') }],
    },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

export function focusWindow(window: BrowserWindow | null): void {
  if (!window) return;
  if (window.isMinimized()) window.restore();
  window.focus();
}
