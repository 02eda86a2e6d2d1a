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
