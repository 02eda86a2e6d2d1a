import { Menu, shell, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import { COMMANDS, menuAccelerator, type Command, type CommandId } from '../../src-shared/domain/commands';

export interface MenuActions {
  /** Runs a command in the renderer. */
  send: (command: CommandId) => void;
  /** Commands the main process answers itself, with the system's own dialogs. */
  importFiles: () => void;
  importFolder: () => void;
  dataDir: string;
  isDev: boolean;
}

/** The menu items of one native menu, from the command table. */
function commandItems(menu: Command['menu'], actions: MenuActions): MenuItemConstructorOptions[] {
  const own: Partial<Record<CommandId, () => void>> = {
    'import-files': actions.importFiles,
    'import-folder': actions.importFolder,
  };
  return COMMANDS.filter((command) => command.menu === menu).flatMap((command): MenuItemConstructorOptions[] => [
    ...('separatorBefore' in command ? [{ type: 'separator' as const }] : []),
    {
      label: command.menuLabel ?? command.title,
      ...(command.shortcut ? { accelerator: menuAccelerator(command.shortcut) } : {}),
      click: own[command.id] ?? (() => actions.send(command.id)),
    },
  ]);
}

export function installMenu(actions: MenuActions): void {
  const isMac = process.platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: '&File',
      submenu: [
        ...commandItems('file', actions),
        { label: 'Show Data Folder', click: () => void shell.openPath(actions.dataDir) },
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
        ...commandItems('edit', actions),
      ],
    },
    {
      label: '&View',
      submenu: [
        ...(actions.isDev
          ? [{ role: 'reload' as const }, { role: 'toggleDevTools' as const }, { type: 'separator' as const }]
          : []),
        ...commandItems('view', actions),
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    { role: 'windowMenu', label: '&Window' },
    { role: 'help', label: '&Help', submenu: commandItems('help', actions) },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

export function focusWindow(window: BrowserWindow | null): void {
  if (!window) return;
  if (window.isMinimized()) window.restore();
  window.focus();
}
