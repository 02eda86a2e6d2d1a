/**
 * RFC 4180 CSV, both ways. Written with CRLF line ends, quoting only where a
 * field needs it, and a UTF-8 byte-order mark so Excel reads the accents right.
 * Read leniently: either line end, a leading BOM, and `,`, `;` or tab as the
 * separator (spreadsheets in many locales save with `;`).
 */
const BOM = '\uFEFF';

/**
 * Spreadsheets run a cell that starts with = + - @ (or a tab or return) as a
 * formula. Titles come from untrusted listings, so such cells are written with
 * a leading apostrophe, which spreadsheets show as text (OWASP's advice), and
 * the apostrophe is dropped again when Quarry reads its own CSV back.
 */
const FORMULA_START = /^[=+\-@\t\r]/u;

export function neutraliseFormula(field: string): string {
  return FORMULA_START.test(field) ? `'${field}` : field;
}

export function restoreFormulaText(field: string): string {
  return field.startsWith("'") && FORMULA_START.test(field.slice(1)) ? field.slice(1) : field;
}

function quote(field: string): string {
  return /[",\r\n]/u.test(field) || /^\s|\s$/u.test(field) ? `"${field.replace(/"/gu, '""')}"` : field;
}

export function toCsv(rows: readonly (readonly string[])[]): string {
  return BOM + rows.map((row) => row.map((field) => quote(neutraliseFormula(field))).join(',')).join('\r\n') + '\r\n';
}

export class CsvError extends Error {}

/** The separator a header line uses, by what appears outside quotes most. */
export function detectSeparator(text: string): string {
  const firstLine = text.split(/\r?\n/u, 1)[0] ?? '';
  const outside = firstLine.replace(/"[^"]*"/gu, '');
  const counts = [',', ';', '\t'].map((separator) => [separator, outside.split(separator).length - 1] as const);
  return counts.reduce((best, candidate) => (candidate[1] > best[1] ? candidate : best))[0];
}

export function parseCsv(input: string, separator = detectSeparator(input)): string[][] {
  const text = input.replace(/^\uFEFF/u, '');
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let quoteLine = 1;
  for (let index = 0; index < text.length; index++) {
    const char = text[index]!;
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        field += '"';
        index++;
      } else if (char === '"') {
        quoted = false;
      } else {
        if (char === '\n') line++;
        field += char;
      }
    } else if (char === '"' && field === '') {
      quoted = true;
      quoteLine = line;
    } else if (char === separator) {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[index + 1] === '\n') index++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      line++;
    } else {
      field += char;
    }
  }
  if (quoted) throw new CsvError(`A quoted field that starts on line ${quoteLine} never ends: check for a stray " character.`);
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((cells) => cells.some((cell) => cell.trim() !== ''));
}
