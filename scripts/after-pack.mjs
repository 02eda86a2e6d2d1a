/**
 * electron-builder's afterPack hook: sets Quarry's Electron fuses on the
 * packaged executable before it is signed or wrapped in an installer.
 */
import { join } from 'node:path';
import { hardenElectronBinary } from './fuses.ts';

/** @param {import('electron-builder').AfterPackContext} context */
export default async function afterPack(context) {
  const name = context.packager.appInfo.productFilename;
  const executable = {
    darwin: join(context.appOutDir, `${name}.app`),
    mas: join(context.appOutDir, `${name}.app`),
    win32: join(context.appOutDir, `${context.packager.executableName ?? name}.exe`),
    linux: join(context.appOutDir, context.packager.executableName),
  }[context.electronPlatformName];
  await hardenElectronBinary(executable);
  console.log(`Fuses set on ${executable}`);
}
