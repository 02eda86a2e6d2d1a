/** What a user typed into search: free words plus optional field operators (company:, tag:, status:). */
export interface SearchQuery {
  terms: string[];
  company: string | null;
  tag: string | null;
  status: string | null;
}

const OPERATORS = ['company', 'tag', 'status'] as const;

/** `system design company:"acme corp" tag:go` → terms and filters. Quotes group words. */
export function parseSearchQuery(text: string): SearchQuery {
  const query: SearchQuery = { terms: [], company: null, tag: null, status: null };
  for (const match of text.matchAll(/(\w+):"([^"]*)"|(\w+):(\S+)|"([^"]*)"|(\S+)/gu)) {
    const key = (match[1] ?? match[3])?.toLowerCase();
    const value = (match[2] ?? match[4] ?? '').trim();
    if (key && (OPERATORS as readonly string[]).includes(key)) {
      if (value) query[key as (typeof OPERATORS)[number]] = value.toLowerCase();
      continue;
    }
    const term = (match[5] ?? match[6] ?? match[0]).trim().toLowerCase();
    if (term) query.terms.push(term);
  }
  return query;
}

/** Character trigrams of a word, padded so short words and word starts count. */
export function trigrams(word: string): string[] {
  const padded = `  ${word.toLowerCase()} `;
  const grams = new Set<string>();
  for (let index = 0; index + 3 <= padded.length; index++) grams.add(padded.slice(index, index + 3));
  return [...grams];
}

/** Words of a text, lower-cased, for indexing. */
export function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}+#.-]*/gu) ?? [];
}

/**
 * Typing distance between two words: letters dropped, added, changed or two
 * neighbours swapped ("dtaa" → "data" is 1), as optimal string alignment
 * counts them. Stops early: anything over `max` is reported as max + 1.
 */
export function typoDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  // Three rows of the alignment table, reused: this runs for every vocabulary word on every keystroke.
  const width = b.length + 1;
  let [twoBack, previous, current] = rows(width);
  for (let j = 0; j < width; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowBest = i;
    const letter = a.charCodeAt(i - 1);
    for (let j = 1; j < width; j++) {
      const other = b.charCodeAt(j - 1);
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (letter === other ? 0 : 1));
      if (i > 1 && j > 1 && letter === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === other) {
        value = Math.min(value, twoBack[j - 2]! + 1);
      }
      current[j] = value;
      if (value < rowBest) rowBest = value;
    }
    if (rowBest > max) return max + 1;
    [twoBack, previous, current] = [previous, current, twoBack];
  }
  return Math.min(previous[b.length]!, max + 1);
}

let buffers: [Uint16Array, Uint16Array, Uint16Array] = [new Uint16Array(64), new Uint16Array(64), new Uint16Array(64)];
/** Three rows of at least `width` cells, kept between calls. */
function rows(width: number): [Uint16Array, Uint16Array, Uint16Array] {
  if (buffers[0].length < width) buffers = [new Uint16Array(width), new Uint16Array(width), new Uint16Array(width)];
  return [...buffers];
}

/** How many typos a word of this length may hold and still be recognised: none below 3 letters, 1 up to 5, else 2. */
export const typosAllowed = (word: string): number => (word.length < 3 ? 0 : word.length <= 5 ? 1 : 2);
