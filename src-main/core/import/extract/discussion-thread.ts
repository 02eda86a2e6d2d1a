import type { AnyNode } from 'domhandler';
import { parseHeadline } from '../../../../src-shared/domain/headline';
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
    const headline = parseHeadline(firstLine(post));
    const id = attr(comment, 'id');
    jobs.push({
      ...emptyRawJob('discussion-thread'),
      title: headline.title,
      company: headline.company,
      location: headline.location,
      workplace: headline.workplace,
      employmentType: headline.employmentType,
      salaryText: headline.salaryText,
      postedText: attr(one('.age[title]', comment), 'title'),
      url: id ? `https://news.ycombinator.com/item?id=${encodeURIComponent(id)}` : null,
      description: bodyOf(post),
    });
  }
  return jobs;
}
