/**
 * `npm run serve` (out/main/serve.js): the built renderer in any browser, against the same
 * services the Electron main process uses. For development and tests only;
 * the packaged app never contains it.
 */
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { openCore } from '../core/open-core';
import { resolveDataDir } from '../core/paths';
import { startHost } from './host-server';

const { values } = parseArgs({
  options: {
    'data-dir': { type: 'string' },
    port: { type: 'string', default: '0' },
  },
});

const dataDir = values['data-dir'] ?? resolveDataDir();
const core = await openCore({ dataDir, host: 'browser' });
const rendererDir = fileURLToPath(new URL('../renderer', import.meta.url));
const host = await startHost({ core, rendererDir, port: Number(values.port) });

console.log(`Quarry browser host (data: ${dataDir})`);
console.log(`QUARRY_URL=${host.url}`);

const stop = () => {
  void host
    .close()
    .then(() => core.close())
    .then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
