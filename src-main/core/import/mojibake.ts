import { TextDecoder } from 'node:util';
import iconv from 'iconv-lite';
/**
 * Repairs UTF-8 text that was once decoded as Windows-1252, Windows-1254 or
 * Latin-1 and saved again ("Weâ€™re" for "We’re"). Each run of such
 * characters is turned back into the bytes it came from and re-read as
 * UTF-8. A multi-byte sequence that lost a byte on the way (a byte those
 * code pages do not define) cannot be recovered and is dropped, never kept
 * as garbage.
 */

const charToByte = buildCharToByte();

function buildCharToByte(): Map<string, number> {
  const map = new Map<string, number>();
  const high = Buffer.from(Array.from({ length: 128 }, (_, index) => index + 128));
  // Latin-1 first, so the code pages' own characters win where they differ.
  for (const encoding of ['latin1', 'windows-1254', 'windows-1252']) {
    const decoded = iconv.decode(high, encoding);
    [...decoded].forEach((char, index) => {
      if (char !== '\ufffd') map.set(char, index + 128);
    });
  }
  // Latin-1 C1 controls decode to themselves.
  for (let code = 0x80; code <= 0x9f; code++) map.set(String.fromCharCode(code), code);
  return map;
}

const isContinuation = (byte: number) => byte >= 0x80 && byte <= 0xbf;

function sequenceLength(lead: number): number {
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

/** Characters that can be part of mojibake: those with a byte value >= 0x80 in the code pages. */
const SUSPECT = /[\u0080-\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122\u011e\u011f\u0130\u0131\u015e\u015f]+/gu;

export function hasMojibake(text: string): boolean {
  return repairMojibake(text) !== text;
}

export function repairMojibake(text: string): string {
  return text.replace(SUSPECT, repairRun);
}

function repairRun(run: string): string {
  const chars = [...run];
  const bytes = chars.map((char) => charToByte.get(char) ?? -1);
  let output = '';
  let index = 0;
  while (index < chars.length) {
    const lead = bytes[index]!;
    const length = sequenceLength(lead);
    if (length === 0) {
      output += chars[index];
      index++;
      continue;
    }
    let continued = 0;
    while (continued < length - 1 && isContinuation(bytes[index + 1 + continued] ?? -1)) continued++;
    if (continued === length - 1) {
      const decoded = decodeUtf8(bytes.slice(index, index + length));
      if (decoded !== null) {
        output += decoded;
        index += length;
        continue;
      }
    }
    if (continued >= 1 && length >= 3) {
      // A lead byte and continuation bytes, but the sequence is cut short: a
      // character that lost a byte. Nothing can bring it back.
      index += 1 + continued;
      continue;
    }
    output += chars[index];
    index++;
  }
  return output;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

function decodeUtf8(bytes: number[]): string | null {
  try {
    return strictUtf8.decode(Uint8Array.from(bytes));
  } catch {
    return null;
  }
}
