/** One search result: the job, why it matched, and where to highlight. */
export interface SearchHit {
  id: number;
  title: string;
  company: string;
  column: string;
  /** Higher is better; comparable within one result list only. */
  score: number;
  /** Short fields that matched, with [start, end] character ranges to highlight (inclusive). */
  matches: { field: string; value: string; ranges: [number, number][] }[];
  /** True when the description (full text) matched. */
  inDescription: boolean;
}
