import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import {
  CALL_NAMES,
  EVENT_NAMES,
  IPC_CALL_CHANNEL,
  IPC_EVENT_CHANNEL,
  type EventName,
  type QuarryBridge,
} from '../../src-shared/contract';

/** Exposes exactly the contract: one function per call, plus event subscription. Nothing else of Electron leaks. */
function buildBridge(): QuarryBridge {
  const calls = Object.fromEntries(
    CALL_NAMES.map((name) => [name, (args?: unknown) => ipcRenderer.invoke(IPC_CALL_CHANNEL, name, args)]),
  );
  const on = (event: EventName, listener: (payload: unknown) => void) => {
    if (!EVENT_NAMES.includes(event)) throw new Error(`Unknown event ${String(event)}`);
    const relay = (_event: IpcRendererEvent, name: unknown, payload: unknown) => {
      if (name === event) listener(payload);
    };
    ipcRenderer.on(IPC_EVENT_CHANNEL, relay);
    return () => void ipcRenderer.removeListener(IPC_EVENT_CHANNEL, relay);
  };
  return { ...calls, on } as QuarryBridge;
}

contextBridge.exposeInMainWorld('quarry', buildBridge());
