import type { DomainHandlers, HandlerDeps } from './types';

export function searchHandlers({ ctx }: HandlerDeps): DomainHandlers<'search'> {
  return {
    search: { run: ({ query, limit }) => ctx.search().search(query, limit) },
  };
}
