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
const SUSPECT =
  /[\u0080-\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122\u011e\u011f\u0130\u0131\u015e\u015f]+/gu;

export function hasMojibake(text: string): boolean {
  return repairMojibake(text) !== text;
}

export function repairMojibake(text: string): string {
  return text.replace(SUSPECT, repairRun);
}

function repairRun(run: string): string {
  const chars = [...run];
  const bytes = chars.map((char) => charToByte.get(char) ?? -1);
  const pieces: { text: string; truncated: boolean }[] = [];
  let repaired = false;
  let index = 0;
  while (index < chars.length) {
    const length = sequenceLength(bytes[index]!);
    let continued = 0;
    while (length > 0 && continued < length - 1 && isContinuation(bytes[index + 1 + continued] ?? -1)) continued++;
    const decoded = length > 0 && continued === length - 1 ? decodeUtf8(bytes.slice(index, index + length)) : null;
    if (decoded !== null) {
      pieces.push({ text: decoded, truncated: false });
      repaired = true;
      index += length;
    } else if (length >= 3 && continued >= 1) {
      // A lead byte and continuation bytes, cut short: a character that lost a byte.
      pieces.push({ text: chars.slice(index, index + 1 + continued).join(''), truncated: true });
      index += 1 + continued;
    } else {
      pieces.push({ text: chars[index]!, truncated: false });
      index++;
    }
  }
  // Drop a cut-short sequence only where the evidence is strong: next to a
  // sequence that did decode, or a four-byte lead with two continuations
  // ("ğŸ”"). Otherwise it may be real text such as "ñ“" and stays.
  return pieces.map((piece) => (piece.truncated && (repaired || [...piece.text].length >= 3) ? '' : piece.text)).join('');
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

function decodeUtf8(bytes: number[]): string | null {
  try {
    return strictUtf8.decode(Uint8Array.from(bytes));
  } catch {
    return null;
  }
}
