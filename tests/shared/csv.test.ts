import { describe, expect, it } from 'vitest';
import { detectSeparator, parseCsv, restoreFormulaText, toCsv } from '../../src-shared/domain/csv';

describe('reading CSV', () => {
  it('reads a last row without a line end, and every line end: CRLF, LF or a lone CR', () => {
    expect(parseCsv('a,b\r\n1,2')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
    expect(parseCsv('a,b\r1,2\r\n3,4\n5,')).toEqual([
      ['a', 'b'],
      ['1', '2'],
      ['3', '4'],
      ['5', ''],
    ]);
  });

  it('drops blank rows and rows of spaces, and a leading byte-order mark', () => {
    expect(parseCsv('\uFEFFa,b\n\n , \n1,2\n,\n')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('takes a quote inside a field as a character, and a doubled quote inside quotes as one', () => {
    expect(parseCsv('a,b\n5" screen,"say ""hi"""\n')).toEqual([
      ['a', 'b'],
      ['5" screen', 'say "hi"'],
    ]);
  });

  it('counts the lines of quoted fields to say where an unclosed quote starts', () => {
    expect(() => parseCsv('a,b\r\n"one\r\ntwo",1\r\n"three\nfour",2\n3,"open')).toThrow(
      'A quoted field that starts on line 6 never ends',
    );
  });
});

describe('the separator', () => {
  it('is the one the header line uses most outside quotes, a comma on a tie', () => {
    expect(detectSeparator('"Title, full";Company;City\n1,2,3,4,5,6,7,8')).toBe(';');
    expect(detectSeparator('"Engineer, Backend, Senior";Company')).toBe(';');
    expect(detectSeparator('\uFEFFTitle\tCompany\tCity\r\n1,2,3,4,5')).toBe('\t');
    expect(detectSeparator('a,b;c\n')).toBe(',');
    expect(detectSeparator('a;b\tc,d\n')).toBe(',');
    expect(detectSeparator('"a";"b"')).toBe(';');
  });
});

describe('writing CSV', () => {
  it('starts with a byte-order mark, ends every row with CRLF, and quotes only what needs it', () => {
    expect(
      toCsv([
        ['Title', 'Notes'],
        ['Engineer', ' padded'],
      ]),
    ).toBe('\uFEFFTitle,Notes\r\nEngineer," padded"\r\n');
  });

  it('gives back the text of a neutralised formula, and leaves other apostrophes alone', () => {
    expect(restoreFormulaText("'=SUM(A1)")).toBe('=SUM(A1)');
    expect(restoreFormulaText("'tis")).toBe("'tis");
    expect(restoreFormulaText('x=1')).toBe('x=1');
    expect(restoreFormulaText('=SUM(A1)')).toBe('=SUM(A1)');
  });
});
