import { vi } from 'vitest';
import type { CallName, CallValue, EventName, QuarryEvents } from '../../src-shared/contract';
import type { CallResult } from '../../src-shared/errors';

type Answer = (args: unknown) => unknown;

/**
 * A stand-in for `window.quarry` for the renderer's state modules under Node:
 * each call answers from `answers` (a thrown error becomes a failed result),
 * every call is recorded, and events can be pushed as the main process would.
 */
export function installFakeBridge(answers: Partial<Record<CallName, Answer>> = {}) {
  const calls: { name: CallName; args: unknown }[] = [];
  const listeners = new Map<EventName, Set<(payload: never) => void>>();
  const bridge = new Proxy(
    {
      on<E extends EventName>(event: E, listener: (payload: QuarryEvents[E]) => void) {
        const set = listeners.get(event) ?? new Set();
        set.add(listener as (payload: never) => void);
        listeners.set(event, set);
        return () => set.delete(listener as (payload: never) => void);
      },
    },
    {
      get(target, name: string) {
        if (name === 'on') return target.on;
        return async (args: unknown): Promise<CallResult<unknown>> => {
          calls.push({ name: name as CallName, args });
          const answer = answers[name as CallName];
          if (!answer) return { ok: false, error: { code: 'internal', message: `no answer for ${name}` } };
          try {
            return { ok: true, value: await answer(args) };
          } catch (error) {
            return { ok: false, error: { code: 'storage', message: (error as Error).message } };
          }
        };
      },
    },
  );
  vi.stubGlobal('window', { quarry: bridge });
  return {
    calls,
    answer<N extends CallName>(name: N, answer: (args: never) => CallValue<N> | Promise<CallValue<N>>) {
      answers[name] = answer as Answer;
    },
    emit<E extends EventName>(event: E, payload: QuarryEvents[E]) {
      for (const listener of listeners.get(event) ?? []) (listener as (payload: QuarryEvents[E]) => void)(payload);
    },
  };
}
