import * as v from 'valibot';
import type { SearchHit } from '../domain/search-hit';
import { call, fields } from './schemas';

/** Fuzzy search over everything. */
export const searchCalls = {
  search: call<SearchHit[]>()(
    fields({
      query: v.pipe(v.string('query must be text'), v.maxLength(500, 'query must be at most 500 characters')),
      limit: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(50_000, 'limit must be at most 50,000')), 20),
    }),
  ),
} as const;
