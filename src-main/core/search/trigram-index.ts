import { trigrams, words } from '../../../src-shared/domain/search-query';

/**
 * Which documents contain words that look like a query word: an inverted
 * index from character trigrams to document ids. Typos keep most trigrams
 * ("kubernets" shares 9 of 11 with "kubernetes"), so candidates survive
 * them; the expensive fuzzy scoring then runs on a few hundred documents
 * instead of all of them. Postings are plain id arrays and counting uses a
 * typed array, which keeps 50,000 documents in tens of megabytes and a query
 * in a few milliseconds.
 */
export class TrigramIndex {
  private readonly postings = new Map<string, number[]>();
  private readonly gramsOf = new Map<number, string[]>();
  private counts = new Float64Array(1024);

  get size(): number {
    return this.gramsOf.size;
  }

  set(id: number, text: string): void {
    this.delete(id);
    const grams = new Set<string>();
    for (const word of words(text)) for (const gram of trigrams(word)) grams.add(gram);
    for (const gram of grams) {
      const ids = this.postings.get(gram);
      if (ids) ids.push(id);
      else this.postings.set(gram, [id]);
    }
    this.gramsOf.set(id, [...grams]);
    if (id >= this.counts.length) this.counts = new Float64Array(Math.max(id + 1, this.counts.length * 2));
  }

  delete(id: number): void {
    for (const gram of this.gramsOf.get(id) ?? []) {
      const ids = this.postings.get(gram);
      const at = ids?.indexOf(id) ?? -1;
      if (ids && at >= 0) {
        ids[at] = ids[ids.length - 1]!;
        ids.pop();
      }
    }
    this.gramsOf.delete(id);
  }

  /**
   * Documents sharing the most trigrams with every term, best first. A term
   * matches a document when at least `minShare` of its trigrams occur there.
   */
  candidates(terms: readonly string[], limit: number, minShare = 0.45): number[] {
    const scores = this.counts;
    let first = true;
    let total = new Map<number, number>();
    for (const term of terms) {
      const grams = trigrams(term);
      const touched: number[] = [];
      for (const gram of grams) {
        for (const id of this.postings.get(gram) ?? []) {
          if (scores[id] === 0) touched.push(id);
          scores[id]! += 1;
        }
      }
      const needed = Math.max(1, Math.ceil(grams.length * minShare));
      const next = new Map<number, number>();
      for (const id of touched) {
        const count = scores[id]!;
        scores[id] = 0;
        if (count < needed) continue;
        if (first || total.has(id)) next.set(id, (total.get(id) ?? 0) + count / grams.length);
      }
      first = false;
      total = next;
    }
    return [...total.entries()]
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, limit)
      .map(([id]) => id);
  }
}
