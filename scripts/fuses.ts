/**
 * Electron Fuses for packaged builds: switches compiled into the Electron
 * binary that no environment variable or argument can turn back on. Run on the
 * packaged app's executable after packaging and before signing:
 *
 *   npm run fuses -- "dist/linux-unpacked/quarry"
 *   npm run fuses -- "dist/mac/Quarry.app"
 *
 * or call `hardenElectronBinary` from a packager's after-pack hook.
 * Every fuse is set explicitly, so an Electron upgrade that adds a fuse fails
 * here until someone decides its value.
 */
import { FuseV1Options, FuseVersion, flipFuses, type FuseV1Config } from '@electron/fuses';
import { fileURLToPath } from 'node:url';

export const QUARRY_FUSES = {
  version: FuseVersion.V1,
  strictlyRequireAllFuses: true,
  // ELECTRON_RUN_AS_NODE would turn the signed app into a general Node runtime.
  [FuseV1Options.RunAsNode]: false,
  [FuseV1Options.EnableCookieEncryption]: true,
  // NODE_OPTIONS and --inspect would let another local program inject code.
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  // The app code is read only from app.asar, and only if it matches its hash.
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: false,
  // The renderer is served from quarry://app; file: needs no extra powers.
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
  [FuseV1Options.WasmTrapHandlers]: true,
} satisfies FuseV1Config;

export async function hardenElectronBinary(pathToElectron: string): Promise<void> {
  await flipFuses(pathToElectron, { ...QUARRY_FUSES, resetAdHocDarwinSignature: process.platform === 'darwin' });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const target = process.argv[2];
  if (!target) {
    console.error('Usage: npm run fuses -- <path to the packaged Electron executable or .app>');
    process.exit(2);
  }
  await hardenElectronBinary(target);
  console.log(`Fuses set on ${target}.`);
}
