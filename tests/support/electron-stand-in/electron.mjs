/**
 * A stand-in for Electron's API, just large enough for Quarry's main process
 * and preload to start under Node. It records what they ask of Electron and
 * reports it to the test (process.send); the test can invoke IPC handlers and
 * the app protocol through it. Anything else Quarry calls is a recorded no-op.
 */
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';

const recorded = { windows: [], schemes: [], protocols: {}, handlers: {}, menu: null, exposed: null, invoked: [] };

function report(message) {
  process.send?.(message);
}

/** An object whose every unknown method is a no-op returning itself, so chained calls work. */
function quiet(known = {}) {
  return new Proxy(known, {
    get(target, property) {
      if (property in target) return target[property];
      if (property === 'then') return undefined;
      return () => quiet();
    },
  });
}

const listeners = new Map();
const emitter = (target) =>
  Object.assign(target, {
    on(event, listener) {
      listeners.set(`${event}`, listener);
      return target;
    },
    once(event, listener) {
      // The window is "ready" and the page "loaded" as soon as anyone waits for it.
      if (event === 'ready-to-show' || event === 'did-finish-load') queueMicrotask(listener);
      return target;
    },
  });

export const app = quiet(
  emitter({
    isPackaged: false,
    setName: () => undefined,
    requestSingleInstanceLock: () => true,
    whenReady: () => Promise.resolve(),
    setPath: () => undefined,
    getPath: () => tmpdir(),
    getVersion: () => '0.0.0-stand-in',
    getAppPath: () => process.cwd(),
    quit: () => report({ type: 'quit' }),
    exit: (code) => report({ type: 'exit', code }),
  }),
);

export const dialog = quiet({
  showErrorBox: (title, content) => report({ type: 'error-box', title, content }),
});

export const protocol = quiet({
  registerSchemesAsPrivileged: (schemes) => recorded.schemes.push(...schemes.map((entry) => entry.scheme)),
  handle: (scheme, handler) => {
    recorded.protocols[scheme] = handler;
  },
});

export const net = {
  fetch: async (url) => new Response(await readFile(fileURLToPath(url))),
};

export const ipcMain = quiet({
  handle: (channel, handler) => {
    recorded.handlers[channel] = handler;
    announceWhenStarted();
  },
});

export const ipcRenderer = quiet({
  invoke: (channel, ...args) => {
    recorded.invoked.push([channel, ...args]);
    return Promise.resolve({ ok: true, value: null });
  },
});

export const contextBridge = {
  exposeInMainWorld: (key, api) => {
    recorded.exposed = { key, api };
    report({ type: 'exposed', key, names: Object.keys(api).sort() });
  },
};

export const Menu = quiet({
  buildFromTemplate: (template) => template,
  setApplicationMenu: (template) => {
    recorded.menu = template.map((item) => item.label ?? item.role ?? null);
    // Each menu's items as "label accelerator", "-" for a separator, the role for a built-in one.
    recorded.menuItems = Object.fromEntries(
      template
        .filter((item) => Array.isArray(item.submenu))
        .map((item) => [
          item.label,
          item.submenu.map((entry) =>
            entry.type === 'separator'
              ? '-'
              : (entry.role ?? `${entry.label}${entry.accelerator ? ` ${entry.accelerator}` : ''}`),
          ),
        ]),
    );
    announceWhenStarted();
  },
});

export const screen = quiet({ getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] });
export const shell = quiet();

export class Notification {
  static isSupported() {
    return false;
  }
}

export class BrowserWindow {
  constructor(options) {
    recorded.windows.push(options);
    emitter(this);
    this.webContents = quiet(emitter({ session: quiet({ webRequest: quiet() }), send: () => undefined, getURL: () => '' }));
    announceWhenStarted();
  }
  loadURL(url) {
    this.url = url;
    return Promise.resolve();
  }
  isDestroyed() {
    return false;
  }
  getBounds() {
    return { x: 0, y: 0, width: 1280, height: 800 };
  }
  isMaximized() {
    return false;
  }
  show() {}
  maximize() {}
}

let announced = false;
/** Once the window, the menu and the IPC handler exist, the main process has started: tell the test what it asked for. */
function announceWhenStarted() {
  if (announced || recorded.windows.length === 0 || !recorded.menu || Object.keys(recorded.handlers).length === 0) return;
  announced = true;
  report({
    type: 'started',
    windows: recorded.windows,
    schemes: recorded.schemes,
    protocols: Object.keys(recorded.protocols),
    channels: Object.keys(recorded.handlers),
    menu: recorded.menu,
    menuItems: recorded.menuItems,
  });
}

/** The test's requests: invoke an IPC handler as a page at `frameUrl` would, or fetch through the app protocol. */
process.on('message', async (message) => {
  if (message.type === 'invoke') {
    const event = { senderFrame: { url: message.frameUrl, parent: null } };
    const result = await recorded.handlers[message.channel](event, ...message.args);
    report({ type: 'invoked', id: message.id, result });
  } else if (message.type === 'fetch') {
    const response = await recorded.protocols[message.scheme](new Request(message.url));
    report({ type: 'fetched', id: message.id, status: response.status, text: await response.text() });
  } else if (message.type === 'call-bridge') {
    await recorded.exposed.api[message.name](message.args);
    report({ type: 'bridged', id: message.id, invoked: recorded.invoked.at(-1) });
  }
});
