import type { AnyNode } from 'domhandler';
import { all, attr, isTag, lineText, one, type Element } from '../dom';
import { emptyRawJob, type PageContext, type RawJob } from '../types';

const HEADING = /^h[1-6]$/u;

function lastHeadingWithin(node: AnyNode): Element | null {
  if (!isTag(node)) return null;
  if (HEADING.test(node.name)) return node;
  const headings = all('h1, h2, h3, h4, h5, h6', node);
  return headings.at(-1) ?? null;
}

/** The nearest heading before `element` in document order: "BACKEND JOBS" above a table. */
function precedingHeading(element: Element): string | null {
  let current: AnyNode | null = element;
  while (current) {
    let sibling: AnyNode | null = current.prev;
    while (sibling) {
      const heading = lastHeadingWithin(sibling);
      if (heading) return lineText(heading);
      sibling = sibling.prev;
    }
    current = current.parent;
  }
  return null;
}

/** "BACKEND JOBS" -> "Backend"; "Design roles" -> "Design". */
export function categoryFromHeading(heading: string | null): string | null {
  if (!heading) return null;
  const stripped = heading.replace(/\s+(jobs|roles|positions|openings)\s*$/iu, '').trim();
  if (!stripped) return null;
  return stripped === stripped.toUpperCase() ? stripped.charAt(0) + stripped.slice(1).toLowerCase() : stripped;
}

function descriptionOf(details: Element): AnyNode[] {
  return details.children.filter((child) => !(isTag(child) && child.name === 'summary'));
}

/**
 * README-style job lists: a table where each job is a pair of rows, the
 * first with the company (h5), title (h3), tags (code), age and an apply
 * link, the second with the description in a <details>.
 */
export function extractReadmeTable({ document }: PageContext): RawJob[] {
  const jobs: RawJob[] = [];
  for (const table of all('table', document)) {
    const rows = all('tr', table);
    const category = categoryFromHeading(precedingHeading(table));
    for (let index = 0; index < rows.length; index++) {
      const row = rows[index]!;
      const title = lineText(one('h3', row));
      if (!title) continue;
      const next = rows[index + 1];
      const details = next ? one('details', next) : null;
      const age = all('text, td', row)
        .map(lineText)
        .find((value) => !!value && /\b(ago|today|yesterday)\b/iu.test(value));
      jobs.push({
        ...emptyRawJob('readme-table'),
        title,
        company: lineText(one('h5, h4', row)),
        tags: all('code', row)
          .map(lineText)
          .filter((tag): tag is string => !!tag),
        postedText: age ?? null,
        applyUrl: attr(one('a[href]', row), 'href'),
        logoUrl: attr(one('img[src]', row), 'src'),
        category,
        description: details ? descriptionOf(details) : null,
      });
      if (details) index++;
    }
  }
  return jobs;
}
