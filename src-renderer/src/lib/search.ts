import type { SearchHit } from '../../../src-shared/domain/search-hit';
import { call } from './api';

/** The best `limit` matches for a query over everything Quarry holds (typos forgiven, operators understood). */
export function searchEverything(query: string, limit: number): Promise<SearchHit[]> {
  return call('search', { query, limit });
}
