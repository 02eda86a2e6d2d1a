import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeBytes, sniffMetaCharset } from '../../../src-main/core/import/decode';

const ascii = (text: string) => new Uint8Array(Buffer.from(text, 'latin1'));
const encoded = (text: string, encoding: string) => new Uint8Array(iconv.encode(text, encoding));
const page = (head: string, body: string) => `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;

describe('decodeBytes: the byte-order mark comes first', () => {
  it.each([
    ['utf-8', [0xef, 0xbb, 0xbf]],
    ['utf-16le', [0xff, 0xfe]],
    ['utf-16be', [0xfe, 0xff]],
  ])('reads %s after its mark, without the mark', (encoding, mark) => {
    // A contradicting declaration inside loses to the mark.
    const text = page('<meta charset="windows-1252">', 'Café — €');
    const bytes = new Uint8Array([...mark, ...encoded(text, encoding)]);
    expect(decodeBytes(bytes, 'iso-8859-2')).toEqual({ text, encoding, source: 'bom' });
  });
});

describe('decodeBytes: then the transport, then the declaration', () => {
  const text = page('<meta charset="utf-8">', 'Прага, зарплата');

  it('follows the archive part’s charset over the page’s own declaration', () => {
    expect(decodeBytes(encoded(text, 'windows-1251'), 'windows-1251')).toEqual({
      text,
      encoding: 'windows-1251',
      source: 'transport',
    });
  });

  it('ignores a transport charset that names no encoding, and reads the declaration', () => {
    const bytes = encoded(text, 'utf-8');
    expect(decodeBytes(bytes, 'x-no-such-charset')).toEqual({ text, encoding: 'utf-8', source: 'meta' });
    expect(decodeBytes(bytes, '')).toEqual({ text, encoding: 'utf-8', source: 'meta' });
  });

  it('reads a label as written, spaces and capitals aside, and trusts no UTF-16 declaration in any spelling', () => {
    expect(decodeBytes(encoded('Zürich', 'utf-8'), ' UTF-8 ')).toMatchObject({
      text: 'Zürich',
      encoding: 'utf-8',
      source: 'transport',
    });
    for (const label of ['utf-16le', 'UTF16LE', 'utf-16']) {
      expect(decodeBytes(ascii(page(`<meta charset="${label}">`, 'Engineer'))).source, label).toBe('detected');
    }
  });

  it('takes a page that starts with the first byte of a mark for what it is, not for marked', () => {
    expect(decodeBytes(new Uint8Array([0xef, ...ascii(page('', 'Engineer'))]))).toMatchObject({
      encoding: 'windows-1252',
      source: 'detected',
    });
  });

  it('reads latin1 and ASCII labels as Windows-1252, as browsers do (0x80 is the euro sign)', () => {
    for (const label of ['latin1', 'ISO-8859-1', ' us-ascii ', 'cp1252']) {
      const decoded = decodeBytes(ascii(page(`<meta charset="${label}">`, 'Salary \x8050,000')));
      expect(decoded.encoding).toBe('windows-1252');
      expect(decoded.source).toBe('meta');
      expect(decoded.text).toContain('Salary €50,000');
    }
  });

  it('reads an http-equiv Content-Type declaration', () => {
    const declared = page('<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">', 'Прага');
    expect(decodeBytes(encoded(declared, 'windows-1251'))).toMatchObject({ encoding: 'windows-1251', source: 'meta' });
  });

  it('does not believe a UTF-16 declaration it could read as ASCII, and detects instead', () => {
    const declared = page('<meta charset="utf-16">', 'Zürich');
    expect(decodeBytes(encoded(declared, 'utf-8'))).toEqual({ text: declared, encoding: 'utf-8', source: 'detected' });
  });

  it('detects when the declared charset names no encoding', () => {
    const declared = page('<meta charset="klingon-8">', 'Zürich');
    expect(decodeBytes(encoded(declared, 'utf-8'))).toEqual({ text: declared, encoding: 'utf-8', source: 'detected' });
  });
});

describe('decodeBytes: detection when nothing is declared', () => {
  it('reads valid UTF-8 as UTF-8', () => {
    const text = page('', 'Zürich — 5 000 €');
    expect(decodeBytes(encoded(text, 'utf-8'))).toEqual({ text, encoding: 'utf-8', source: 'detected' });
  });

  it.each(['utf-16le', 'utf-16be'])('recognises %s by its NUL bytes', (encoding) => {
    const text = page('', 'Senior Engineer, Zürich');
    expect(decodeBytes(encoded(text, encoding))).toEqual({ text, encoding, source: 'detected' });
  });

  it('does not take a page with a few NUL bytes for UTF-16', () => {
    const text = `${page('', 'Engineer')}\u0000\u0000`;
    expect(decodeBytes(encoded(text, 'utf-8')).encoding).toBe('utf-8');
  });

  it('guesses a single-byte encoding for text that is not UTF-8, reading Western pages as Windows-1252', () => {
    const text = page(
      '',
      'Café-Entwickler (m/w/d) für unser Büro in München. Gehalt: 60.000 € im Jahr, Überstunden werden ausgeglichen. '.repeat(4),
    );
    expect(decodeBytes(encoded(text, 'windows-1252'))).toEqual({ text, encoding: 'windows-1252', source: 'detected' });
  });

  it('reads UTF-8 with a broken byte as UTF-8, the broken byte as one replacement character', () => {
    const text = page('', 'Senior Engineer in Zürich — 120 000 CHF. '.repeat(8));
    const cut = new Uint8Array([...encoded(text, 'utf-8'), 0xe2, 0x80]);
    expect(decodeBytes(cut)).toEqual({ text: `${text}\uFFFD`, encoding: 'utf-8', source: 'detected' });
  });

  it('takes only a clear pattern of NULs for UTF-16: most bytes on one side, almost none on the other', () => {
    const withZeros = (length: number, zeroAt: (index: number) => boolean) =>
      Uint8Array.from({ length }, (_, index) => (zeroAt(index) ? 0 : 0x61));
    expect(decodeBytes(new Uint8Array(100)).encoding).toBe('utf-8');
    // 40 bytes: 20 pairs; UTF-16 needs more than 6 NULs on one side and fewer than 1 on the other.
    expect(decodeBytes(withZeros(40, (index) => index % 2 === 1 && index < 12)).encoding).toBe('utf-8');
    expect(decodeBytes(withZeros(40, (index) => index % 2 === 1 && index < 14)).encoding).toBe('utf-16le');
    expect(decodeBytes(withZeros(40, (index) => index % 2 === 0 && index > 0 && index < 14)).encoding).toBe('utf-8');
    expect(decodeBytes(withZeros(40, (index) => index % 2 === 0 && index < 14)).encoding).toBe('utf-16be');
    expect(decodeBytes(withZeros(40, (index) => index % 2 === 1 || index === 0)).encoding).toBe('utf-8');
    expect(decodeBytes(withZeros(40, (index) => index % 2 === 0 || index === 1)).encoding).toBe('utf-8');
  });

  it('guesses Cyrillic pages by their letters', () => {
    const text = page('', 'Мы ищем разработчика в Москве. Зарплата от 200 000 рублей в месяц, удалённая работа. '.repeat(4));
    const decoded = decodeBytes(encoded(text, 'windows-1251'));
    expect(decoded).toEqual({ text, encoding: 'windows-1251', source: 'detected' });
  });
});

describe('sniffMetaCharset', () => {
  it('finds the first meta tag that declares a charset, skipping those that do not', () => {
    expect(
      sniffMetaCharset(
        ascii('<meta name="viewport" content="width=device-width"><META CHARSET = \' Shift_JIS \'><meta charset=utf-8>'),
      ),
    ).toBe('Shift_JIS');
  });

  it('answers null without a declaration, or when it comes after the first 4 KB', () => {
    expect(sniffMetaCharset(ascii(page('<title>Jobs</title>', 'charset=utf-8 in the text')))).toBeNull();
    expect(sniffMetaCharset(ascii(`<!--${' '.repeat(4096)}--><meta charset="utf-8">`))).toBeNull();
    expect(sniffMetaCharset(ascii(`<!--${' '.repeat(4050)}--><meta charset="utf-8">`))).toBe('utf-8');
  });
});
