import { parseHtml } from '../../src-main/core/import/dom';
import type { PageContext } from '../../src-main/core/import/types';

/** A saved page as the extractors receive it: its markup parsed, its text kept, saved now. */
export function pageContext(html: string, pageUrl: string | null = null): PageContext {
  return { document: parseHtml(html), source: html, pageUrl, savedAt: new Date() };
}
