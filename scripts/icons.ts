/**
 * `npm run icons`: draws the app icon from resources/icon.svg into every file
 * a platform asks for: PNGs for Linux (resources/icons/NxN.png), icon.ico for
 * Windows and icon.icns for macOS. Run it after changing the SVG and commit
 * what it writes.
 */
import { Resvg } from '@resvg/resvg-js';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import png2icons from 'png2icons';

export const ICON_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024] as const;

const resources = fileURLToPath(new URL('../resources/', import.meta.url));

export function renderIcon(svg: string, size: number): Buffer {
  return new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();
}

export function writeIcons(outDir = resources): string[] {
  const svg = readFileSync(join(resources, 'icon.svg'), 'utf8');
  mkdirSync(join(outDir, 'icons'), { recursive: true });
  const written: string[] = [];
  for (const size of ICON_SIZES) {
    const file = join(outDir, 'icons', `${size}x${size}.png`);
    writeFileSync(file, renderIcon(svg, size));
    written.push(file);
  }
  const largest = renderIcon(svg, 1024);
  const ico = png2icons.createICO(largest, png2icons.BICUBIC2, 0, false, true);
  const icns = png2icons.createICNS(largest, png2icons.BICUBIC2, 0);
  if (!ico || !icns) throw new Error('png2icons could not convert the icon');
  writeFileSync(join(outDir, 'icon.ico'), ico);
  writeFileSync(join(outDir, 'icon.icns'), icns);
  writeFileSync(join(outDir, 'icon.png'), largest);
  written.push(join(outDir, 'icon.ico'), join(outDir, 'icon.icns'), join(outDir, 'icon.png'));
  return written;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const file of writeIcons()) console.log(`wrote ${file}`);
}
