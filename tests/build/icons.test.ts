import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ICON_SIZES, writeIcons } from '../../scripts/icons';

const resources = fileURLToPath(new URL('../../resources/', import.meta.url));

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: Buffer): [number, number] {
  return [file.readUInt32BE(16), file.readUInt32BE(20)];
}

describe('app icon', () => {
  const fresh = mkdtempSync(join(tmpdir(), 'quarry-icons-'));
  writeIcons(fresh);

  it('every committed icon file is what `npm run icons` makes from resources/icon.svg', () => {
    const names = [...ICON_SIZES.map((size) => `icons/${size}x${size}.png`), 'icon.ico', 'icon.icns', 'icon.png'];
    for (const name of names) {
      expect(readFileSync(join(resources, name)).equals(readFileSync(join(fresh, name))), `${name} is out of date`).toBe(true);
    }
    rmSync(fresh, { recursive: true, force: true });
  });

  it('has each PNG size, an .ico and an .icns', () => {
    for (const size of ICON_SIZES)
      expect(pngSize(readFileSync(join(resources, 'icons', `${size}x${size}.png`)))).toEqual([size, size]);
    expect(readFileSync(join(resources, 'icon.ico')).readUInt16LE(2)).toBe(1);
    expect(readFileSync(join(resources, 'icon.icns')).subarray(0, 4).toString('ascii')).toBe('icns');
  });
});
