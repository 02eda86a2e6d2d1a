/**
 * The renderer's only way to the main process: typed calls over
 * `window.quarry`, with failures turned into QuarryError exceptions.
 */
import type { ArgsTuple, CallName, CallValue, EventName, QuarryBridge, QuarryEvents } from '../../../src-shared/contract';
import { QuarryError, type CallResult } from '../../../src-shared/errors';

function bridge(): QuarryBridge {
  if (!window.quarry) {
    throw new QuarryError('internal', 'Quarry’s bridge is missing: open the app through Electron or npm run serve.');
  }
  return window.quarry;
}

export async function call<N extends CallName>(name: N, ...args: ArgsTuple<N>): Promise<CallValue<N>> {
  const invoke = bridge()[name] as (...input: ArgsTuple<N>) => Promise<CallResult<CallValue<N>>>;
  const result = await invoke(...args);
  if (!result.ok) throw new QuarryError(result.error.code, result.error.message);
  return result.value;
}

export function subscribe<E extends EventName>(event: E, listener: (payload: QuarryEvents[E]) => void): () => void {
  return bridge().on(event, listener);
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
