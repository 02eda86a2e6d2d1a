import { TextDecoder } from 'node:util';
import chardet from 'chardet';
import iconv from 'iconv-lite';

export interface DecodedText {
  text: string;
  /** WHATWG encoding name actually used. */
  encoding: string;
  /** How the encoding was chosen. */
  source: 'bom' | 'transport' | 'meta' | 'detected';
}

const BOMS: [number[], string][] = [
  [[0xef, 0xbb, 0xbf], 'utf-8'],
  [[0xff, 0xfe], 'utf-16le'],
  [[0xfe, 0xff], 'utf-16be'],
];

/** Labels that browsers read as Windows-1252, as the HTML standard says. */
const READ_AS_WINDOWS_1252 = new Set([
  'latin1',
  'iso-8859-1',
  'iso8859-1',
  'l1',
  'ascii',
  'us-ascii',
  'iso_8859-1',
  'cp1252',
  'x-cp1252',
]);

interface Decoder {
  encoding: string;
  decode: (bytes: Uint8Array) => string;
}

/** A decoder for a charset label ("latin1", "Windows-1252", "utf8"), or null when no such encoding exists. */
function decoderFor(label: string): Decoder | null {
  const name = label.trim().toLowerCase();
  const encoding = READ_AS_WINDOWS_1252.has(name) ? 'windows-1252' : name;
  if (!iconv.encodingExists(encoding)) return null;
  return {
    encoding,
    decode: (bytes) => iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding, { stripBOM: false }),
  };
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

/**
 * Finds a charset declared in the first few KB, as a browser's pre-scan does:
 * `<meta charset=…>` or `<meta http-equiv="Content-Type" content="…; charset=…">`.
 */
export function sniffMetaCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  for (const tag of head.matchAll(/<meta\b[^>]*>/giu)) {
    const match = tag[0].match(/charset\s*=\s*["']?\s*([\w.:-]+)/iu);
    if (match?.[1]) return match[1];
  }
  return null;
}

/** Text without a BOM or declaration that has many NUL bytes in alternate positions is UTF-16. */
function sniffUtf16(bytes: Uint8Array): string | null {
  const sample = bytes.subarray(0, 2048);
  let evenZeros = 0;
  let oddZeros = 0;
  for (let index = 0; index < sample.length; index++) {
    if (sample[index] === 0) {
      if (index % 2 === 0) evenZeros++;
      else oddZeros++;
    }
  }
  const half = sample.length / 2;
  if (oddZeros > half * 0.3 && evenZeros < half * 0.05) return 'utf-16le';
  if (evenZeros > half * 0.3 && oddZeros < half * 0.05) return 'utf-16be';
  return null;
}

/**
 * Decodes a saved page. Order: byte-order mark, the transport's charset
 * (MHTML part header), the page's own declaration, then detection: valid
 * UTF-8 wins; otherwise UTF-16 by its NUL pattern; otherwise a statistical
 * guess among the single-byte encodings.
 */
export function decodeBytes(bytes: Uint8Array, transportCharset?: string | null): DecodedText {
  for (const [bom, encoding] of BOMS) {
    if (startsWith(bytes, bom)) {
      return { text: decoderFor(encoding)!.decode(bytes.subarray(bom.length)), encoding, source: 'bom' };
    }
  }
  if (transportCharset) {
    const decoder = decoderFor(transportCharset);
    if (decoder) return { text: decoder.decode(bytes), encoding: decoder.encoding, source: 'transport' };
  }
  const declared = sniffMetaCharset(bytes);
  if (declared) {
    const decoder = decoderFor(declared);
    // A page cannot really be UTF-16 if its declaration was readable as ASCII.
    if (decoder && !decoder.encoding.startsWith('utf-16') && !decoder.encoding.startsWith('utf16')) {
      return { text: decoder.decode(bytes), encoding: decoder.encoding, source: 'meta' };
    }
  }
  const utf16 = sniffUtf16(bytes);
  if (utf16) return { text: decoderFor(utf16)!.decode(bytes), encoding: utf16, source: 'detected' };
  const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
  try {
    return { text: strictUtf8.decode(bytes), encoding: 'utf-8', source: 'detected' };
  } catch {
    const guess = chardet.detect(bytes);
    // A UTF-8 guess here is UTF-8 with a few broken bytes (a page cut short): it reads, each broken byte one "�".
    // UTF-16 and UTF-32 guesses were ruled out by the NUL pattern above.
    const decoder = (guess && (guess === 'UTF-8' || !/^utf/iu.test(guess)) && decoderFor(guess)) || decoderFor('windows-1252')!;
    // chardet names ISO-8859-1 for most Western pages; browsers read those as Windows-1252.
    return { text: decoder.decode(bytes), encoding: decoder.encoding, source: 'detected' };
  }
}
