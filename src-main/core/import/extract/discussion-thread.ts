import type { AnyNode } from 'domhandler';
import { employerIn, parseHeadline, roleIn } from '../../../../src-shared/domain/headline';
import { all, attr, isTag, isText, one, type Element } from '../dom';
import { emptyRawJob, type PageContext, type RawJob } from '../types';

/** The text before the first paragraph break of a post: its headline. */
function firstLine(post: Element): string {
  let line = '';
  for (const child of post.children) {
    if (isTag(child) && (child.name === 'p' || child.name === 'br')) break;
    line += isText(child) ? child.data : isTag(child) ? textOf(child) : '';
  }
  return line.replace(/\s+/gu, ' ').trim();
}

function textOf(node: AnyNode): string {
  if (isText(node)) return node.data;
  return isTag(node) ? node.children.map(textOf).join('') : '';
}

/** Everything after the headline. */
function bodyOf(post: Element): AnyNode[] {
  const index = post.children.findIndex((child) => isTag(child) && (child.name === 'p' || child.name === 'br'));
  return index < 0 ? [] : post.children.slice(index);
}

/**
 * Hacker News-style threads ("Ask HN: Who is hiring?"): every top-level
 * comment is one job, its first line "Company | Role | Location | REMOTE |
 * Salary"; replies (indented) are conversation, never jobs.
 */
export function extractDiscussionThread({ document }: PageContext): RawJob[] {
  const jobs: RawJob[] = [];
  for (const comment of all('tr.comtr', document)) {
    const indent = attr(one('td.ind', comment), 'indent');
    if (indent !== null && indent !== '0') continue;
    const post = one('.commtext', comment);
    if (!post) continue;
    const first = firstLine(post);
    const headline = parseHeadline(first);
    const body = bodyOf(post);
    // Top-level posts are jobs even when the headline names no role: the user picks which to keep.
    const title = headline.title ?? roleIn([first, ...body.map(textOf)]) ?? shortened(first);
    const id = attr(comment, 'id');
    jobs.push({
      ...emptyRawJob('discussion-thread'),
      title,
      company: headline.company ?? employerIn(first),
      location: headline.location,
      workplace: headline.workplace,
      employmentType: headline.employmentType,
      salaryText: headline.salaryText,
      postedText: attr(one('.age[title]', comment), 'title'),
      url: id ? `https://news.ycombinator.com/item?id=${encodeURIComponent(id)}` : null,
      // The whole post: its headline often says more than the fields above ("There's 1 technical interview").
      description: post.children,
    });
  }
  return jobs;
}

function shortened(line: string): string | null {
  if (line.length <= 90) return line || null;
  return `${line.slice(0, 90).replace(/\s+\S*$/u, '')}…`;
}
