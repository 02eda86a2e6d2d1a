import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { repairMojibake } from '../../../src-main/core/import/mojibake';
import { ImportFileError, processFile } from '../../../src-main/core/import/pipeline';
import { fixturePath, sharedPath } from '../../support/shared-data';

const seed = new Uint8Array(readFileSync(sharedPath('corpus/seed/primer-senior-backend-engineer.html')));
const jsonLd = new Uint8Array(readFileSync(fixturePath('json-ld-graph.html')));

/** Either a result or the per-file error: nothing else may escape, and it must be quick. */
function importsOrExplains(fileName: string, bytes: Uint8Array): void {
  const started = performance.now();
  try {
    processFile({ fileName, bytes, modifiedAt: new Date('2026-11-24T00:00:00Z') });
  } catch (error) {
    if (!(error instanceof ImportFileError)) throw error;
    expect(error.message.length).toBeGreaterThan(5);
  }
  expect(performance.now() - started).toBeLessThan(2000);
}

describe('import never escapes the per-file error', () => {
  it('random bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 4096 }), (bytes) => importsOrExplains('random.html', bytes)),
      { numRuns: 300 },
    );
  });

  it('random HTML-ish text', () => {
    const tag = fc.constantFrom(
      '<h1>',
      '</h1>',
      '<table>',
      '<tr>',
      '<td>',
      '<h3>',
      '<h5>',
      '<details>',
      '<script type="application/ld+json">',
      '{"@type":"JobPosting"',
      '<meta charset="',
      '<!--',
      '<li>',
      '<p>',
      '&amp;',
      'â€™',
      'ğŸ',
      '\u0000',
    );
    const html = fc.array(fc.oneof(tag, fc.string({ maxLength: 20 })), { maxLength: 200 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(html, (text) => importsOrExplains('page.html', new TextEncoder().encode(text))),
      { numRuns: 300 },
    );
  });

  it('truncated real pages', () => {
    for (const source of [seed, jsonLd]) {
      fc.assert(
        fc.property(fc.integer({ min: 0, max: source.length }), (end) => importsOrExplains('cut.html', source.subarray(0, end))),
        { numRuns: 100 },
      );
    }
  });

  it('real pages re-encoded or corrupted byte by byte', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(seed.length - 1), fc.integer({ min: 0, max: 255 })), { maxLength: 50 }), (edits) => {
        const copy = seed.slice();
        for (const [index, value] of edits) copy[index] = value;
        importsOrExplains('edited.html', copy);
      }),
      { numRuns: 100 },
    );
  });

  it('MHTML-looking garbage', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 2000 }), (body) =>
        importsOrExplains(
          'page.mhtml',
          new TextEncoder().encode(
            `Content-Type: multipart/related; boundary="b"\r\n\r\n--b\r\nContent-Type: text/html\r\n\r\n${body}`,
          ),
        ),
      ),
      { numRuns: 200 },
    );
  });
});

describe('mojibake repair', () => {
  it('repairs what UTF-8 → Windows-1252 broke, for any text', () => {
    const encoder = new TextEncoder();
    const cp1252 = new Map<number, string>();
    const high = new TextDecoder('windows-1252');
    for (let byte = 0x80; byte <= 0xff; byte++) cp1252.set(byte, high.decode(Uint8Array.of(byte)));
    const misread = (text: string) =>
      [...encoder.encode(text)].map((byte) => (byte < 0x80 ? String.fromCharCode(byte) : cp1252.get(byte)!)).join('');
    const text = fc.string({ unit: fc.constantFrom('a', ' ', 'é', '’', '“', '€', 'ü', 'ñ', '—', 'ß', '✓', '日'), maxLength: 60 });
    fc.assert(
      fc.property(text, (original) => {
        const broken = misread(original);
        // Bytes 0x81, 0x8D, 0x8F, 0x90, 0x9D are undefined in Windows-1252: such characters are lost, never garbled.
        const lossy = [...encoder.encode(original)].some((byte) => [0x81, 0x8d, 0x8f, 0x90, 0x9d].includes(byte));
        if (!lossy) expect(repairMojibake(broken)).toBe(original);
      }),
      { numRuns: 500 },
    );
  });

  it('leaves correct text alone', () => {
    for (const text of [
      'España“',
      'l’été”',
      'Café crème',
      'Ålesund',
      'naïve résumé',
      '£500 towards',
      'Grüße',
      '“quoted” — dash',
      'Ça va? À bientôt',
    ]) {
      expect(repairMojibake(text)).toBe(text);
    }
  });

  it('drops an emoji that lost a byte instead of keeping garbage', () => {
    expect(repairMojibake('ğŸ” What will you be doing?')).toBe(' What will you be doing?');
    expect(repairMojibake('Weâ€™re ğŸ‘€ here')).toBe('We’re 👀 here');
  });
});
