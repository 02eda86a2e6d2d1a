import { trigrams, words } from '../../../src-shared/domain/search-query';

/**
 * Which documents contain words that look like a query word: an inverted
 * index from character trigrams to document ids. Typos keep most trigrams
 * ("kubernets" shares 9 of 11 with "kubernetes"), so candidates survive
 * them; the expensive fuzzy scoring then runs on a few hundred documents
 * instead of all of them.
 */
export class TrigramIndex {
  private readonly postings = new Map<string, Set<number>>();
  private readonly gramsOf = new Map<number, string[]>();

  get size(): number {
    return this.gramsOf.size;
  }

  set(id: number, text: string): void {
    this.delete(id);
    const grams = new Set<string>();
    for (const word of words(text)) for (const gram of trigrams(word)) grams.add(gram);
    for (const gram of grams) {
      let ids = this.postings.get(gram);
      if (!ids) {
        ids = new Set();
        this.postings.set(gram, ids);
      }
      ids.add(id);
    }
    this.gramsOf.set(id, [...grams]);
  }

  delete(id: number): void {
    for (const gram of this.gramsOf.get(id) ?? []) this.postings.get(gram)?.delete(id);
    this.gramsOf.delete(id);
  }

  /**
   * Documents sharing the most trigrams with every term, best first. A term
   * matches a document when at least `minShare` of its trigrams occur there.
   */
  candidates(terms: readonly string[], limit: number, minShare = 0.45): number[] {
    let combined: Map<number, number> | null = null;
    for (const term of terms) {
      const grams = trigrams(term);
      const hits = new Map<number, number>();
      for (const gram of grams) for (const id of this.postings.get(gram) ?? []) hits.set(id, (hits.get(id) ?? 0) + 1);
      const needed = Math.max(1, Math.ceil(grams.length * minShare));
      const next = new Map<number, number>();
      for (const [id, count] of hits) {
        if (count < needed) continue;
        const previous: number | undefined = combined ? combined.get(id) : 0;
        if (previous !== undefined) next.set(id, previous + count / grams.length);
      }
      combined = next;
    }
    if (!combined) return [];
    return [...combined.entries()]
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, limit)
      .map(([id]) => id);
  }
}
