import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import { chmodSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = import.meta.dirname;

/** Vite's dev server injects inline styles and a websocket; loosen the CSP only there. */
function devContentSecurityPolicy(): Plugin {
  return {
    name: 'quarry-dev-csp',
    apply: 'serve',
    transformIndexHtml: (html) =>
      html
        .replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")
        .replace("connect-src 'self'", "connect-src 'self' ws://localhost:*"),
  };
}

/** The CLI is the package's `bin`: it starts with a shebang and is executable, so `npx quarry` runs it directly. */
function executableCli(): Plugin {
  return {
    name: 'quarry-executable-cli',
    renderChunk: (code, chunk) => (chunk.name === 'quarry' ? `#!/usr/bin/env node\n${code}` : null),
    writeBundle: (options) => chmodSync(join(options.dir!, 'quarry.js'), 0o755),
  };
}

export default defineConfig({
  main: {
    plugins: [executableCli()],
    build: {
      outDir: resolve(root, 'out/main'),
      // Only package.json's dependencies stay external (loaded from node_modules, packaged by electron-builder);
      // everything else is bundled. date-fns is a devDependency for that reason: its ~1,000 ES modules
      // cost the CLI about 2 s at every start when loaded unbundled.
      lib: {
        entry: {
          index: resolve(root, 'src-main/main/index.ts'),
          'parse-worker': resolve(root, 'src-main/core/import/parse-worker.ts'),
          // The CLI and the browser host run these same bundles under Node.
          quarry: resolve(root, 'src-main/cli/quarry.ts'),
          serve: resolve(root, 'src-main/host/serve.ts'),
        },
        formats: ['es'],
      },
    },
  },
  preload: {
    build: {
      outDir: resolve(root, 'out/preload'),
      // Sandboxed preloads cannot require packages: bundle everything into one CommonJS file.
      externalizeDeps: false,
      lib: { entry: resolve(root, 'src-main/preload/index.ts'), formats: ['cjs'] },
      rolldownOptions: { output: { entryFileNames: 'index.cjs' } },
    },
  },
  renderer: {
    root: resolve(root, 'src-renderer'),
    plugins: [svelte(), devContentSecurityPolicy()],
    build: {
      outDir: resolve(root, 'out/renderer'),
      rolldownOptions: { input: resolve(root, 'src-renderer/index.html') },
    },
  },
});
