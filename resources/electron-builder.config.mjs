/**
 * Installers (`npm run dist`): AppImage and .deb for Linux, .dmg for macOS,
 * NSIS for Windows. Read by electron-builder; the icon files and the .desktop
 * entry beside this file are the sources.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** resources/quarry.desktop as key/value pairs, for electron-builder's Linux entry. */
function desktopEntry() {
  const text = readFileSync(join(import.meta.dirname, 'quarry.desktop'), 'utf8');
  return Object.fromEntries(
    text
      .split('\n')
      .map((line) => line.match(/^([A-Za-z]+)=(.*)$/u))
      .filter((match) => match !== null)
      .map((match) => [match[1], match[2]]),
  );
}

/** @type {import('electron-builder').Configuration} */
export default {
  appId: 'app.quarry.desktop',
  productName: 'Quarry',
  executableName: 'quarry',
  directories: { output: 'dist', buildResources: 'resources' },
  // Only the built app: no sources, tests or development tools (dependencies are added by electron-builder).
  files: [
    'package.json',
    'out/main/**',
    // The browser host is for development and tests only.
    '!out/main/serve.js',
    'out/preload/**',
    'out/renderer/**',
    // better-sqlite3 ships every platform's prebuilt binary and its C sources: keep this platform's binary only.
    '!node_modules/better-sqlite3/{deps,src}/**',
    '!node_modules/better-sqlite3/binding.gyp',
    '!node_modules/better-sqlite3/prebuilds/**',
    'node_modules/better-sqlite3/prebuilds/${platform}-${arch}.node',
    // Build-time headers, type declarations, TypeScript sources and source maps of dependencies.
    '!node_modules/node-addon-api/**',
    '!node_modules/@types/**',
    '!node_modules/**/*.{ts,mts,cts,map}',
    '!node_modules/**/__fixtures__/**',
  ],
  // A native module cannot be loaded from inside an asar archive.
  asarUnpack: ['node_modules/better-sqlite3/prebuilds/*.node'],
  // better-sqlite3 13 ships Node-API prebuilds that load in Electron as they are: nothing to rebuild.
  npmRebuild: false,
  nodeGypRebuild: false,
  afterPack: './scripts/after-pack.mjs',
  // Saved pages open with Quarry as a viewer, never taking over from the browser as the default.
  fileAssociations: [
    { ext: ['html', 'htm'], name: 'Saved web page', role: 'Viewer', rank: 'Alternate', mimeType: 'text/html' },
    { ext: ['mhtml', 'mht'], name: 'Web archive', role: 'Viewer', rank: 'Alternate', mimeType: 'multipart/related' },
  ],
  linux: {
    target: ['AppImage', 'deb'],
    icon: 'resources/icons',
    category: 'Office',
    maintainer: 'Quarry <quarry@users.noreply.github.com>',
    desktop: { entry: desktopEntry() },
  },
  deb: { depends: ['libnss3', 'libgtk-3-0', 'libxss1', 'libasound2'] },
  mac: { target: 'dmg', icon: 'resources/icon.icns', category: 'public.app-category.productivity' },
  win: { target: 'nsis', icon: 'resources/icon.ico' },
  nsis: { oneClick: false, perMachine: false, allowToChangeInstallationDirectory: true },
};
