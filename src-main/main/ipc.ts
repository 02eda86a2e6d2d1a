import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import { IPC_CALL_CHANNEL, IPC_EVENT_CHANNEL, type EventName, type QuarryEvents } from '../../src-shared/contract';
import { QuarryError } from '../../src-shared/errors';
import { dispatch } from '../core/dispatch';
import type { CallTable } from '../core/handlers';
import { isAppUrl } from './app-protocol';

/** Answers contract calls, but only from the app's own top-level page. */
export function serveContract(calls: CallTable, devServerUrl: string | undefined): void {
  ipcMain.handle(IPC_CALL_CHANNEL, (event: IpcMainInvokeEvent, name: unknown, args: unknown) => {
    const frame = event.senderFrame;
    if (!frame || frame.parent !== null || !isAppUrl(frame.url, devServerUrl)) {
      return { ok: false, error: new QuarryError('invalid_argument', 'Calls are only accepted from Quarry itself.').toShape() };
    }
    return dispatch(calls, name, args);
  });
}

export function emit<E extends EventName>(window: BrowserWindow | null, event: E, payload: QuarryEvents[E]): void {
  if (window && !window.isDestroyed()) window.webContents.send(IPC_EVENT_CHANNEL, event, payload);
}
