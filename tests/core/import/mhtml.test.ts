import { describe, expect, it } from 'vitest';
import { parseMhtml } from '../../../src-main/core/import/mhtml';

const BOUNDARY = '----MultipartBoundary--xyz----';

/** An archive as Chromium's "Save as single file" writes it, with CRLF line ends unless told otherwise. */
function archive(
  parts: string[],
  { head = `Content-Type: multipart/related;\r\n\ttype="text/html";\r\n\tboundary="${BOUNDARY}"`, eol = '\r\n' } = {},
): Uint8Array {
  const text = [
    'From: <Saved by Blink>',
    'Snapshot-Content-Location: https://jobs.example/42',
    'Date: Fri, 20 Nov 2026 10:00:00 -0000',
    head,
    '',
    ...parts.flatMap((part) => [`--${BOUNDARY}`, part]),
    `--${BOUNDARY}--`,
    '',
  ].join('\r\n');
  return new Uint8Array(Buffer.from(eol === '\r\n' ? text : text.replaceAll('\r\n', eol), 'latin1'));
}

const htmlPart = (encoding: string, body: string, type = 'text/html; charset="windows-1252"') =>
  [
    `Content-Type: ${type}`,
    `Content-Transfer-Encoding: ${encoding}`,
    'Content-Location: https://jobs.example/frame',
    '',
    body,
  ].join('\r\n');
const text = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1');

describe('parseMhtml', () => {
  it('undoes quoted-printable: soft line breaks, escaped bytes, and an "=" that escapes nothing', () => {
    const page = parseMhtml(archive([htmlPart('quoted-printable', '<p class=3D"pay">Pay =E2=82=AC5=\r\n0k, 2=3 =ZZ</p>')]));
    expect(Buffer.from(page.html).toString('utf8')).toBe('<p class="pay">Pay €50k, 2=3 =ZZ</p>');
    expect(page.charset).toBe('windows-1252');
  });

  it('undoes base64 across wrapped lines', () => {
    const encoded = Buffer.from('<h1>Zürich</h1>', 'utf8').toString('base64');
    const page = parseMhtml(archive([htmlPart('base64', `${encoded.slice(0, 8)}\r\n${encoded.slice(8)}`)]));
    expect(Buffer.from(page.html).toString('utf8')).toBe('<h1>Zürich</h1>');
  });

  it('keeps the bytes of an 8-bit part as they are, 0x80-0x9F too, without the line end before the boundary', () => {
    const utf8 = Buffer.from('<p>Café — 50 k€</p>', 'utf8').toString('latin1');
    const page = parseMhtml(archive([htmlPart('8bit', utf8)]));
    expect(Buffer.from(page.html).toString('utf8')).toBe('<p>Café — 50 k€</p>');
  });

  it('keeps a raw byte that quoted-printable should have escaped', () => {
    const page = parseMhtml(archive([htmlPart('quoted-printable', '<p>\x80 =E2=82=AC</p>')]));
    expect([...page.html]).toEqual([...Buffer.from('<p>\x80 \xe2\x82\xac</p>', 'latin1')]);
  });

  it('reads the first HTML part, after any other', () => {
    const css = ['Content-Type: text/css', 'Content-Transfer-Encoding: 8bit', '', 'h1 { color: red }'].join('\r\n');
    const page = parseMhtml(archive([css, htmlPart('8bit', '<h1>First</h1>'), htmlPart('8bit', '<h1>Second</h1>')]));
    expect(text(page.html)).toBe('<h1>First</h1>');
  });

  it('tells when the page was saved and where from', () => {
    const page = parseMhtml(archive([htmlPart('8bit', '<h1>Job</h1>')]));
    expect(page.savedAt).toEqual(new Date('2026-11-20T10:00:00Z'));
    expect(page.url).toBe('https://jobs.example/42');
  });

  it('falls back to the HTML part’s location, and has no date when the header is not one', () => {
    const bytes = archive([htmlPart('8bit', '<h1>Job</h1>', 'text/html')], { eol: '\n' });
    const unlocated = text(bytes)
      .replace('Snapshot-Content-Location: https://jobs.example/42\n', '')
      .replace('Date: Fri, 20 Nov 2026 10:00:00 -0000', 'Date: someday');
    const page = parseMhtml(new Uint8Array(Buffer.from(unlocated, 'latin1')));
    expect(page.url).toBe('https://jobs.example/frame');
    expect(page.savedAt).toBeNull();
    expect(page.charset).toBeNull();
    expect(text(page.html)).toBe('<h1>Job</h1>');
  });

  it('reads an unquoted boundary on the header line itself', () => {
    const page = parseMhtml(
      archive([htmlPart('8bit', '<h1>Job</h1>')], {
        head: `Content-Type: multipart/related; boundary=${BOUNDARY}; type=text/html`,
      }),
    );
    expect(text(page.html)).toBe('<h1>Job</h1>');
  });

  it('reads headers written loosely: a stray colon line inside a folded header, a space before the colon', () => {
    const head = `Content-Type: multipart/related;\r\n: stray\r\n\tboundary="${BOUNDARY}"`;
    const loose = [
      'Content-Type : text/html; format=flowed; charset=utf-8',
      'Content-Transfer-Encoding: 8bit',
      '',
      '<p>=3D</p>',
    ].join('\r\n');
    const page = parseMhtml(archive([loose], { head }));
    expect([text(page.html), page.charset]).toEqual(['<p>=3D</p>', 'utf-8']);
  });

  it('reads an HTML part that has headers and no body as an empty page', () => {
    expect(text(parseMhtml(archive(['Content-Type: text/html'])).html)).toBe('');
  });

  it('says what is wrong with a file that is no usable archive', () => {
    expect(() => parseMhtml(archive([htmlPart('8bit', '<h1>Job</h1>')], { head: 'Content-Type: multipart/related' }))).toThrow(
      'MHTML file has no multipart boundary in its Content-Type header',
    );
    const css = ['Content-Type: text/css', '', 'h1 {}'].join('\r\n');
    expect(() => parseMhtml(archive([css]))).toThrow('MHTML file has no HTML part');
  });
});
