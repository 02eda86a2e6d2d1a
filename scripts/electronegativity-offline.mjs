/*
 * Loaded into Electronegativity's process (node --import): it fetches translations
 * with `got` at start-up. Offline that request times out, and on Node 24 got
 * 11's retry timer then throws an uncaught error that kills the scan. Quarry
 * scans offline, so every `got` call fails at once and the tool carries on in
 * English, as it does when the request fails.
 */
import Module from 'node:module';

const load = Module._load;
Module._load = function loadOffline(request, parent, isMain) {
  if (request === 'got') {
    const offline = () => Promise.reject(new Error('Quarry runs Electronegativity offline'));
    return Object.assign(offline, { default: offline });
  }
  return load.call(this, request, parent, isMain);
};
