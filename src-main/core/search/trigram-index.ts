import { trigrams, typoDistance, typosAllowed, words } from '../../../src-shared/domain/search-query';

export interface Correction {
  word: string;
  distance: number;
}

/**
 * Which documents contain words that look like a query word: an inverted
 * index from character trigrams to document ids. Typos keep most trigrams
 * ("kubernets" shares 9 of 11 with "kubernetes"), so candidates survive
 * them; the expensive fuzzy scoring then runs on a few hundred documents
 * instead of all of them. Short words lose every trigram to one typo
 * ("dtaa" shares none with "data"), so the index also keeps its vocabulary,
 * and a query word brings in the documents of the words one or two typos
 * away. Postings are plain id arrays and counting uses a typed array, which
 * keeps 50,000 documents in tens of megabytes and a query in a few
 * milliseconds.
 */
export class TrigramIndex {
  private readonly postings = new Map<string, number[]>();
  private readonly gramsOf = new Map<number, string[]>();
  private readonly wordPostings = new Map<string, number[]>();
  private readonly wordsOf = new Map<number, string[]>();
  /** The vocabulary by word length: a typo changes the length by at most 2, so a lookup reads a few buckets. */
  private readonly vocabulary = new Map<number, Set<string>>();
  private counts = new Float64Array(1024);

  get size(): number {
    return this.gramsOf.size;
  }

  set(id: number, text: string): void {
    this.delete(id);
    const distinct = [...new Set(words(text))];
    const grams = new Set<string>();
    for (const word of distinct) for (const gram of trigrams(word)) grams.add(gram);
    for (const gram of grams) addPosting(this.postings, gram, id);
    for (const word of distinct) {
      if (addPosting(this.wordPostings, word, id)) {
        const bucket = this.vocabulary.get(word.length);
        if (bucket) bucket.add(word);
        else this.vocabulary.set(word.length, new Set([word]));
      }
    }
    this.gramsOf.set(id, [...grams]);
    this.wordsOf.set(id, distinct);
    if (id >= this.counts.length) this.counts = new Float64Array(Math.max(id + 1, this.counts.length * 2));
  }

  delete(id: number): void {
    for (const gram of this.gramsOf.get(id) ?? []) removePosting(this.postings, gram, id);
    for (const word of this.wordsOf.get(id) ?? []) {
      if (removePosting(this.wordPostings, word, id)) this.vocabulary.get(word.length)?.delete(word);
    }
    this.gramsOf.delete(id);
    this.wordsOf.delete(id);
  }

  /**
   * Words of the indexed documents within the typos `term` may hold, closest
   * then commonest first; none for a word the documents already hold.
   */
  corrections(term: string, limit = 3): Correction[] {
    const max = typosAllowed(term);
    if (max === 0 || this.wordPostings.has(term)) return [];
    const found: (Correction & { documents: number })[] = [];
    for (let length = term.length - max; length <= term.length + max; length++) {
      for (const word of this.vocabulary.get(length) ?? []) {
        if (word === term) continue;
        const distance = typoDistance(term, word, max);
        if (distance <= max) found.push({ word, distance, documents: this.wordPostings.get(word)!.length });
      }
    }
    return found
      .sort((a, b) => a.distance - b.distance || b.documents - a.documents || a.word.localeCompare(b.word))
      .slice(0, limit)
      .map(({ word, distance }) => ({ word, distance }));
  }

  /**
   * Documents that match every term best first. A document matches a term
   * when at least `minShare` of the term's trigrams occur there, or when it
   * holds one of the term's corrections.
   */
  candidates(
    terms: readonly string[],
    limit: number,
    corrections: readonly (readonly Correction[])[] = terms.map((term) => this.corrections(term)),
    minShare = 0.45,
  ): number[] {
    const scores = this.counts;
    let total = new Map<number, number>();
    terms.forEach((term, index) => {
      const grams = trigrams(term);
      const touched: number[] = [];
      for (const gram of grams) {
        for (const id of this.postings.get(gram) ?? []) {
          if (scores[id] === 0) touched.push(id);
          scores[id]! += 1;
        }
      }
      const needed = Math.max(1, Math.ceil(grams.length * minShare));
      const shares = new Map<number, number>();
      for (const id of touched) {
        const count = scores[id]!;
        scores[id] = 0;
        if (count >= needed) shares.set(id, count / grams.length);
      }
      for (const { word, distance } of corrections[index] ?? []) {
        const share = 1 - distance / Math.max(term.length, word.length);
        for (const id of this.wordPostings.get(word) ?? []) shares.set(id, Math.max(shares.get(id) ?? 0, share));
      }
      const next = new Map<number, number>();
      for (const [id, share] of shares) if (index === 0 || total.has(id)) next.set(id, (total.get(id) ?? 0) + share);
      total = next;
    });
    return [...total.entries()]
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, limit)
      .map(([id]) => id);
  }
}

/** Adds `id` to a key's postings; true when the key is new. */
function addPosting(postings: Map<string, number[]>, key: string, id: number): boolean {
  const ids = postings.get(key);
  if (ids) ids.push(id);
  else postings.set(key, [id]);
  return !ids;
}

/** Takes `id` out of a key's postings; true when no document holds the key any more. */
function removePosting(postings: Map<string, number[]>, key: string, id: number): boolean {
  const ids = postings.get(key);
  const at = ids?.indexOf(id) ?? -1;
  if (!ids || at < 0) return false;
  ids[at] = ids[ids.length - 1]!;
  ids.pop();
  if (ids.length > 0) return false;
  postings.delete(key);
  return true;
}
