import Fuse, { type FuseResult, type IFuseOptions } from 'fuse.js';
import type { SearchHit } from '../../../src-shared/domain/search-hit';
import { parseSearchQuery, type SearchQuery } from '../../../src-shared/domain/search-query';
import type { ReadableDb } from '../db/database';
import { loadSearchDoc, loadSearchDocs, searchDescriptions, type SearchDoc } from '../repos/search-repo';
import { TrigramIndex, type Correction } from './trigram-index';

const FUSE_OPTIONS: IFuseOptions<SearchDoc> = {
  keys: [
    { name: 'title', weight: 3 },
    { name: 'company', weight: 2.5 },
    { name: 'tags', weight: 1.5 },
    { name: 'location', weight: 1 },
    { name: 'stages', weight: 1 },
    { name: 'contacts', weight: 1 },
    { name: 'notes', weight: 0.5 },
    { name: 'documents', weight: 0.5 },
  ],
  includeScore: true,
  includeMatches: true,
  ignoreLocation: true,
  threshold: 0.4,
  minMatchCharLength: 2,
};
const SEARCH_KEYS = ['title', 'company', 'tags', 'location', 'stages', 'contacts', 'notes', 'documents'];
/** How many trigram candidates get the full fuzzy scoring. */
const CANDIDATES = 300;
const FULL_TEXT_LIMIT = 200;
const FULL_TEXT_WEIGHT = 0.6;

function textOf(doc: SearchDoc): string {
  return [
    doc.title,
    doc.company,
    doc.location ?? '',
    ...doc.tags,
    ...doc.stages,
    ...doc.contacts,
    doc.notes,
    ...doc.documents,
  ].join(' ');
}

function passesOperators(doc: SearchDoc, query: SearchQuery): boolean {
  return (
    (!query.company || doc.company.toLowerCase().includes(query.company)) &&
    (!query.tag || doc.tags.some((tag) => tag.toLowerCase().includes(query.tag!))) &&
    (!query.status || doc.column.toLowerCase().startsWith(query.status))
  );
}

/**
 * FTS5 syntax for plain words: each quoted (no operators from the user).
 * Only the word being typed (the last, once it has 4 letters) is a prefix:
 * a short prefix such as "de*" matches most descriptions and would make
 * every keystroke rank them all. Words under 3 letters are left to the
 * short-field search. Null when nothing is worth a full-text lookup.
 */
export function fullTextQuery(terms: readonly string[]): string | null {
  const parts = terms.flatMap((term, index) => {
    if (term.length < 3) return [];
    const quoted = `"${term.replace(/"/gu, '""')}"`;
    return [index === terms.length - 1 && term.length >= 4 ? `${quoted}*` : quoted];
  });
  return parts.length > 0 ? parts.join(' ') : null;
}

/**
 * Search over everything a candidate saved: fuzzy (typo-tolerant) over the
 * short fields, full text over descriptions, merged into one ranking. The
 * short-field index lives in memory and follows changes job by job; the
 * full-text index lives in SQLite and follows them through triggers.
 */
export class SearchIndex {
  private readonly docs = new Map<number, SearchDoc>();
  private readonly grams = new TrigramIndex();

  constructor(private readonly db: ReadableDb) {
    for (const doc of loadSearchDocs(db)) this.put(doc);
  }

  get size(): number {
    return this.docs.size;
  }

  /** Re-reads these jobs after a change (new, edited, moved, deleted, restored). */
  refresh(ids: Iterable<number>): void {
    for (const id of ids) {
      const doc = loadSearchDoc(this.db, id);
      if (doc) this.put(doc);
      else this.remove(id);
    }
  }

  search(text: string, limit = 20): SearchHit[] {
    const query = parseSearchQuery(text);
    const operatorOnly = query.terms.length === 0;
    if (operatorOnly && !query.company && !query.tag && !query.status) return [];
    const scores = new Map<number, { score: number; matches: SearchHit['matches']; inDescription: boolean }>();
    /** Jobs a short field matches (title, company, tags, stages, people, notes): they rank above description-only hits. */
    const named = new Set<number>();

    if (operatorOnly) {
      for (const doc of this.docs.values())
        if (passesOperators(doc, query)) scores.set(doc.id, { score: 1, matches: [], inDescription: false });
    } else {
      // A word typed with typos also looks for the saved words it is a typo of ("dtaa" for "data").
      const corrections = query.terms.map((term) => this.grams.corrections(term));
      const candidates = this.grams
        .candidates(query.terms, CANDIDATES, corrections)
        .map((id) => this.docs.get(id)!)
        .filter((doc) => passesOperators(doc, query));
      const fuse = new Fuse(candidates, FUSE_OPTIONS);
      const expression = {
        $and: query.terms.map((term, index) => ({
          $or: [term, ...closest(corrections[index]!)].flatMap((variant) => SEARCH_KEYS.map((key) => ({ [key]: variant }))),
        })),
      };
      for (const result of fuse.search(expression)) {
        scores.set(result.item.id, { score: 1 - (result.score ?? 1), matches: matchesOf(result), inDescription: false });
        named.add(result.item.id);
      }
      const match = fullTextQuery(query.terms);
      const fullText = match ? searchDescriptions(this.db, match, FULL_TEXT_LIMIT) : [];
      fullText.forEach(({ id }, index) => {
        const doc = this.docs.get(id);
        if (!doc || !passesOperators(doc, query)) return;
        const bonus = FULL_TEXT_WEIGHT * (1 - index / Math.max(fullText.length, 1));
        const existing = scores.get(id);
        scores.set(
          id,
          existing
            ? { ...existing, score: existing.score + bonus / 2, inDescription: true }
            : { score: bonus, matches: [], inDescription: true },
        );
      });
    }

    return [...scores.entries()]
      .sort((a, b) => Number(named.has(b[0])) - Number(named.has(a[0])) || b[1].score - a[1].score || a[0] - b[0])
      .slice(0, limit)
      .map(([id, hit]) => {
        const doc = this.docs.get(id)!;
        return { id, title: doc.title, company: doc.company, column: doc.column, ...hit };
      });
  }

  private put(doc: SearchDoc): void {
    this.docs.set(doc.id, doc);
    this.grams.set(doc.id, textOf(doc));
  }

  private remove(id: number): void {
    this.docs.delete(id);
    this.grams.delete(id);
  }
}

/** The corrections Fuse scores: only the closest ones (each costs a pass over every candidate). */
function closest(corrections: readonly Correction[]): string[] {
  const best = corrections[0]?.distance;
  return corrections.filter((correction) => correction.distance === best).map((correction) => correction.word);
}

function matchesOf(result: FuseResult<SearchDoc>): SearchHit['matches'] {
  return (result.matches ?? []).map((match) => ({
    field: match.key ?? '',
    value: match.value ?? '',
    ranges: match.indices.map(([start, end]) => [start, end] as [number, number]),
  }));
}
