import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: new URL('..', import.meta.url).pathname,
  // Compiles the renderer's *.svelte.ts state modules (runes) for their unit tests.
  plugins: [svelte({ configFile: false })],
  test: {
    // Laid out like the source: shared, core/{db,repos,services,handlers,import,search,sync}, host, main, cli, renderer, build, architecture.
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    environment: 'node',
    setupFiles: ['tests/support/after-each.ts'],
    testTimeout: 20_000,
  },
});
