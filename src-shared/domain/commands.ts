/**
 * The app's commands, declared once: the native menu, the window's key
 * handler and the keyboard-shortcuts dialog all read this table, so a
 * shortcut cannot say one thing in the menu and do another in the page.
 * "Mod" is Cmd on macOS and Ctrl elsewhere.
 */
export const COMMANDS = [
  { id: 'new-job', title: 'Add a job', menu: 'file', menuLabel: 'New Job…', shortcut: 'Mod+N' },
  {
    id: 'import-files',
    title: 'Import saved pages',
    menu: 'file',
    menuLabel: 'Import…',
    shortcut: 'Mod+O',
    separatorBefore: true,
  },
  {
    id: 'import-folder',
    title: 'Import a folder of saved pages',
    menu: 'file',
    menuLabel: 'Import Folder…',
    shortcut: 'Mod+Shift+O',
  },
  { id: 'import-data', title: 'Import a spreadsheet', menu: 'file', menuLabel: 'Import Spreadsheet…', shortcut: null },
  { id: 'export', title: 'Export or import data', menu: 'file', menuLabel: 'Export…', shortcut: 'Mod+E' },
  { id: 'settings', title: 'Open settings', menu: 'file', menuLabel: 'Settings…', shortcut: 'Mod+,', separatorBefore: true },
  { id: 'undo', title: 'Undo the last move, edit or delete', menu: null, menuLabel: null, shortcut: 'Mod+Z' },
  { id: 'find', title: 'Search everything', menu: 'edit', menuLabel: 'Find…', shortcut: 'Mod+K' },
  { id: 'show-board', title: 'Show the board', menu: 'view', menuLabel: 'Board', shortcut: 'Mod+1' },
  { id: 'show-table', title: 'Show every job as a table', menu: 'view', menuLabel: 'Table', shortcut: 'Mod+2' },
  { id: 'show-agenda', title: 'Show the agenda', menu: 'view', menuLabel: 'Agenda', shortcut: 'Mod+3' },
  { id: 'show-insights', title: 'Show insights', menu: 'view', menuLabel: 'Insights', shortcut: 'Mod+4' },
  {
    id: 'show-documents',
    title: 'Show every document sent with an application',
    menu: 'view',
    menuLabel: 'Documents',
    shortcut: 'Mod+5',
  },
  { id: 'show-people', title: 'Show the people met in the search', menu: 'view', menuLabel: 'People', shortcut: 'Mod+6' },
  {
    id: 'show-shortcuts',
    title: 'Show keyboard shortcuts',
    menu: 'help',
    menuLabel: 'Keyboard Shortcuts',
    shortcut: 'Mod+/',
  },
] as const satisfies readonly {
  id: string;
  title: string;
  /** The native menu the command sits in; null for one the Edit menu's own role covers (undo). */
  menu: 'file' | 'edit' | 'view' | 'help' | null;
  menuLabel: string | null;
  shortcut: string | null;
  /** Starts a new group in its menu. */
  separatorBefore?: true;
}[];

export type Command = (typeof COMMANDS)[number];
export type CommandId = Command['id'];
export const COMMAND_IDS: readonly CommandId[] = COMMANDS.map((command) => command.id);

/** Keys that act on the focused card (lib/card-keys.ts), shown beside the commands. */
export const CARD_KEYS: readonly { keys: string; title: string }[] = [
  { keys: 'Enter', title: 'Open the focused job' },
  { keys: 'Alt+← / Alt+→', title: 'Move the focused job to the previous / next column' },
  { keys: 'Alt+↑ / Alt+↓', title: 'Move the focused job up / down' },
  { keys: 'Delete', title: 'Delete the focused job, or every selected one (undo with Mod+Z)' },
  { keys: 'X', title: 'Select or unselect the focused job (Mod+click and Shift+click with the mouse)' },
  { keys: 'Shift+↑ / Shift+↓', title: 'Extend the selection up / down' },
  { keys: 'Mod+A', title: 'Select every job in the column (every row in the table)' },
  { keys: '0 / 1 / 2 / 3', title: 'Set the priority of the focused or selected jobs' },
  { keys: '↑ / ↓', title: 'Move between rows in the table' },
  { keys: 'Tab / Shift+Tab', title: 'Move between cards and controls' },
  { keys: 'Esc', title: 'Clear the selection, or close a dialog' },
];

/** The shortcut as Electron's menu writes it ("CmdOrCtrl+Shift+O"). */
export function menuAccelerator(shortcut: string): string {
  return shortcut.replace(/^Mod\+/u, 'CmdOrCtrl+');
}

/** The shortcut as a person reads it on this platform: "⌘⇧O" on a Mac, "Ctrl+Shift+O" elsewhere. */
export function shortcutLabel(shortcut: string, mac: boolean): string {
  if (!mac) return shortcut.replaceAll('Mod+', 'Ctrl+');
  return shortcut.replaceAll('Mod+', '⌘').replaceAll('Shift+', '⇧').replaceAll('Alt+', '⌥');
}

/** The parts of a key press a shortcut is matched against (a KeyboardEvent has them all). */
export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

/** Whether a key press is this shortcut: the same key with exactly its modifiers (Cmd or Ctrl for Mod). */
export function matchesShortcut(shortcut: string, press: KeyPress): boolean {
  const parts = shortcut.split('+');
  const key = parts.at(-1)!;
  const wants = new Set(parts.slice(0, -1));
  return (
    press.key.toLowerCase() === key.toLowerCase() &&
    (press.ctrlKey || press.metaKey) === wants.has('Mod') &&
    press.shiftKey === wants.has('Shift') &&
    press.altKey === wants.has('Alt')
  );
}

/** The command a key press asks for, if any. */
export function commandForKey(press: KeyPress): Command | undefined {
  return COMMANDS.find((command) => command.shortcut !== null && matchesShortcut(command.shortcut, press));
}
