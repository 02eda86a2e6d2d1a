export interface MhtmlPage {
  html: Uint8Array;
  charset: string | null;
  /** The archive's Date header: when the page was saved. */
  savedAt: Date | null;
  /** Snapshot-Content-Location or the HTML part's Content-Location. */
  url: string | null;
}

/**
 * Byte for character, both ways. Not TextDecoder('latin1'): that is Windows-1252,
 * which turns bytes 0x80-0x9F (in every UTF-8 dash, quote and euro sign) into other characters.
 */
const bytesAsText = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
const textAsBytes = (text: string) => new Uint8Array(Buffer.from(text, 'latin1'));

/** Parses "Name: value" header lines, unfolding continuation lines. */
function parseHeaders(block: string): Map<string, string> {
  const headers = new Map<string, string>();
  let last = '';
  for (const line of block.split(/\r?\n/u)) {
    if (/^[ \t]/u.test(line) && last) {
      headers.set(last, `${headers.get(last)} ${line.trim()}`);
      continue;
    }
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    last = line.slice(0, colon).trim().toLowerCase();
    headers.set(last, line.slice(colon + 1).trim());
  }
  return headers;
}

function headerParam(value: string | undefined, name: string): string | null {
  const match = value?.match(new RegExp(`${name}\\s*=\\s*(?:"([^"]*)"|([^;\\s]+))`, 'iu'));
  return match ? (match[1] ?? match[2] ?? null) : null;
}

function decodeQuotedPrintable(text: string): Uint8Array {
  const unfolded = text.replace(/=\r?\n/gu, '');
  const bytes: number[] = [];
  for (let index = 0; index < unfolded.length; index++) {
    const char = unfolded.charCodeAt(index);
    if (char === 0x3d && /^[0-9A-Fa-f]{2}$/u.test(unfolded.slice(index + 1, index + 3))) {
      bytes.push(parseInt(unfolded.slice(index + 1, index + 3), 16));
      index += 2;
    } else {
      bytes.push(char);
    }
  }
  return Uint8Array.from(bytes);
}

function splitHeadAndBody(part: string): [string, string] {
  const match = /\r?\n\r?\n/u.exec(part);
  if (!match) return [part, ''];
  return [part.slice(0, match.index), part.slice(match.index + match[0].length)];
}

/**
 * Reads the first text/html part of an MHTML archive ("Save as single file"
 * in Chromium browsers), undoing its transfer encoding. Throws with a
 * specific reason when the file is not a usable archive.
 */
export function parseMhtml(bytes: Uint8Array): MhtmlPage {
  const text = bytesAsText(bytes);
  const [headBlock, rest] = splitHeadAndBody(text);
  const headers = parseHeaders(headBlock);
  const boundary = headerParam(headers.get('content-type'), 'boundary');
  if (!boundary) throw new Error('MHTML file has no multipart boundary in its Content-Type header');
  const dateHeader = headers.get('date');
  const savedAt = dateHeader ? new Date(dateHeader) : null;
  for (const part of rest.split(`--${boundary}`)) {
    const [partHead, body] = splitHeadAndBody(part.replace(/^\r?\n/u, ''));
    const partHeaders = parseHeaders(partHead);
    const type = partHeaders.get('content-type') ?? '';
    if (!/^text\/html/iu.test(type)) continue;
    const encoding = (partHeaders.get('content-transfer-encoding') ?? '').toLowerCase();
    const raw = body.replace(/\r?\n$/u, '');
    const html =
      encoding === 'base64'
        ? Uint8Array.from(Buffer.from(raw.replace(/\s+/gu, ''), 'base64'))
        : encoding === 'quoted-printable'
          ? decodeQuotedPrintable(raw)
          : textAsBytes(raw);
    return {
      html,
      charset: headerParam(type, 'charset'),
      savedAt: savedAt && !Number.isNaN(savedAt.getTime()) ? savedAt : null,
      url: headers.get('snapshot-content-location') ?? partHeaders.get('content-location') ?? null,
    };
  }
  throw new Error('MHTML file has no HTML part');
}
