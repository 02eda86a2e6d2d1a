import { FuseState, FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hardenElectronBinary } from '../../scripts/fuses';
import { tempDir } from '../support/helpers';

const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const WIRE_LENGTH = 9;

/** A stand-in binary laid out like Electron's: code, sentinel, version, length, one byte per fuse. */
function fakeElectronBinary(fuseByte: number, wireLength = WIRE_LENGTH): string {
  const path = join(tempDir('quarry-fuses-'), 'electron');
  const wire = Buffer.from([1, wireLength, ...Array<number>(wireLength).fill(fuseByte)]);
  writeFileSync(path, Buffer.concat([Buffer.alloc(4096, 0xcc), Buffer.from(SENTINEL), wire, Buffer.alloc(4096, 0xdd)]));
  return path;
}

describe('Electron fuses for packaged builds', () => {
  it('turns RunAsNode, NODE_OPTIONS and inspect off and asar-only loading with integrity on', async () => {
    const binary = fakeElectronBinary(FuseState.ENABLE);
    const before = readFileSync(binary);
    await hardenElectronBinary(binary);
    const wire = await getCurrentFuseWire(binary);
    expect(wire[FuseV1Options.RunAsNode]).toBe(FuseState.DISABLE);
    expect(wire[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(FuseState.DISABLE);
    expect(wire[FuseV1Options.EnableNodeCliInspectArguments]).toBe(FuseState.DISABLE);
    expect(wire[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(FuseState.DISABLE);
    expect(wire[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(FuseState.ENABLE);
    expect(wire[FuseV1Options.OnlyLoadAppFromAsar]).toBe(FuseState.ENABLE);
    const after = readFileSync(binary);
    expect(after.length).toBe(before.length);
    const wireStart = 4096 + SENTINEL.length + 2;
    expect(after.subarray(0, wireStart).equals(before.subarray(0, wireStart))).toBe(true);
    expect(after.subarray(wireStart + WIRE_LENGTH).equals(before.subarray(wireStart + WIRE_LENGTH))).toBe(true);
  });

  it('refuses a binary whose fuse wire has fuses nobody has decided on', async () => {
    const binary = fakeElectronBinary(FuseState.ENABLE, WIRE_LENGTH + 1);
    await expect(hardenElectronBinary(binary)).rejects.toThrow(/strictlyRequireAllFuses/u);
  });

  it('refuses a file that is not an Electron binary', async () => {
    const path = join(tempDir('quarry-fuses-'), 'not-electron');
    writeFileSync(path, 'hello');
    await expect(hardenElectronBinary(path)).rejects.toThrow(/sentinel/u);
  });
});
