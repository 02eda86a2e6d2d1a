/**
 * `node --import ./register.mjs out/main/index.js`: the built bundles, run
 * under plain Node, get the stand-in below whenever they ask for `electron`
 * (from import and from require alike).
 */
import { registerHooks } from 'node:module';

const standIn = new URL('./electron.mjs', import.meta.url).href;

registerHooks({
  resolve(specifier, context, nextResolve) {
    if (specifier === 'electron') return { url: standIn, format: 'module', shortCircuit: true };
    return nextResolve(specifier, context);
  },
});
