import type { CallName, EventName } from '../../src-shared/contract';

export const HOST_PREFIX = '/__quarry';
export const TOKEN_HEADER = 'x-quarry-token';

/**
 * The browser host's stand-in for the Electron preload: defines
 * `window.quarry` with the same functions and the same results, carried over
 * HTTP. The token arrives in the URL fragment (never sent to a server, never
 * in a log) and lives in sessionStorage so a reload keeps working.
 */
export function bridgeScript(callNames: readonly CallName[], eventNames: readonly EventName[]): string {
  return `(() => {
  'use strict';
  const CALLS = ${JSON.stringify(callNames)};
  const EVENTS = ${JSON.stringify(eventNames)};
  const TOKEN_KEY = 'quarry.hostToken';
  const fragment = new URLSearchParams(location.hash.slice(1));
  if (fragment.has('token')) {
    sessionStorage.setItem(TOKEN_KEY, fragment.get('token'));
    history.replaceState(null, '', location.pathname + location.search);
  }
  const token = sessionStorage.getItem(TOKEN_KEY) || '';
  const unreachable = { ok: false, error: { code: 'internal', message: 'The Quarry host is not reachable. Is npm run serve still running?' } };
  async function invoke(name, args) {
    try {
      const response = await fetch('${HOST_PREFIX}/call/' + encodeURIComponent(name), {
        method: 'POST',
        headers: { 'content-type': 'application/json', '${TOKEN_HEADER}': token },
        body: JSON.stringify({ args }),
      });
      return await response.json();
    } catch {
      return unreachable;
    }
  }
  const listeners = new Map(EVENTS.map((name) => [name, new Set()]));
  const source = new EventSource('${HOST_PREFIX}/events?token=' + encodeURIComponent(token));
  source.onmessage = (message) => {
    const { event, payload } = JSON.parse(message.data);
    for (const listener of listeners.get(event) || []) listener(payload);
  };
  const bridge = Object.fromEntries(CALLS.map((name) => [name, (args) => invoke(name, args)]));
  bridge.on = (event, listener) => {
    const set = listeners.get(event);
    if (!set) throw new Error('Unknown event ' + String(event));
    set.add(listener);
    return () => set.delete(listener);
  };
  Object.defineProperty(window, 'quarry', { value: Object.freeze(bridge), enumerable: true });
})();
`;
}
