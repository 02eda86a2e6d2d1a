import { commandForKey, type CommandId } from '../../../src-shared/domain/commands';
import { imports } from './imports.svelte';
import { ui } from './ui.svelte';
import { history } from './undo.svelte';

/** What each command of the table (src-shared/domain/commands.ts) does in the page. */
const HANDLERS: Record<CommandId, () => void> = {
  'new-job': () => ui.openDialog('add-job'),
  'import-files': () => imports.choose(false),
  'import-folder': () => imports.choose(true),
  'import-data': () => ui.openDialog('data'),
  export: () => ui.openDialog('data'),
  settings: () => ui.openDialog('settings'),
  undo: () => void history.undo(),
  find: () => ui.openDialog('search'),
  'show-board': () => ui.show('board'),
  'show-table': () => ui.show('table'),
  'show-agenda': () => ui.show('agenda'),
  'show-insights': () => ui.show('insights'),
  'show-documents': () => ui.show('documents'),
  'show-people': () => ui.show('people'),
  'show-shortcuts': () => ui.openDialog('shortcuts'),
};

export function runCommand(id: CommandId): void {
  HANDLERS[id]();
}

function isTextField(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

/**
 * The window's key handler: runs the command a shortcut names. In the desktop
 * app the native menu takes these keys first; the browser host has no menu.
 */
export function onCommandKey(event: KeyboardEvent): void {
  const command = commandForKey(event);
  // Text fields keep their own undo.
  if (!command || (command.id === 'undo' && isTextField(event.target))) return;
  event.preventDefault();
  runCommand(command.id);
}
