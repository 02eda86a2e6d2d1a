import { describe, expect, it } from 'vitest';
import {
  all,
  attr,
  blockLines,
  comments,
  elementHints,
  firstText,
  innerHtml,
  isInside,
  lineText,
  MAX_DEPTH,
  metaContent,
  namedElement,
  one,
  outerHtml,
  parseHtml,
  type Element,
} from '../../../src-main/core/import/dom';

/** The DOM helpers every extractor reads pages with. */
const found = (selector: string, html: string) => one(selector, parseHtml(html))!;

describe('parseHtml', () => {
  it('decodes entities and reads attribute names in any case', () => {
    const link = found('a', '<A HREF="/jobs?a=1&amp;b=2" Data-QA="apply">Apply &amp; go</A>');
    expect(attr(link, 'href')).toBe('/jobs?a=1&b=2');
    expect(attr(link, 'data-qa')).toBe('apply');
    expect(lineText(link)).toBe('Apply & go');
  });

  it('keeps only the text of elements nested deeper than any real page, so no walk recurses without end', () => {
    const depth = MAX_DEPTH + 600;
    const document = parseHtml(`${'<div>'.repeat(depth)}deep <!-- a note --><b>words</b>${'</div>'.repeat(depth)}`);
    let deepest = 0;
    for (const element of all('div', document)) {
      let level = 0;
      for (let current = element.parent; current; current = current.parent) level += 1;
      deepest = Math.max(deepest, level);
    }
    // The document and MAX_DEPTH - 1 elements above the deepest one.
    expect(deepest).toBe(MAX_DEPTH);
    expect(all('b', document)).toEqual([]);
    expect(blockLines(document)).toEqual(['deep words']);
  });
});

describe('blockLines', () => {
  it('gives one line per block or line break, with whitespace collapsed and empty lines left out', () => {
    const document = parseHtml(
      '<div>One<p>Two \n  three</p>four<br>five</div><ul><li>a <span>b</span></li><li> </li></ul><table><tr><td>x</td><td>y</td></tr></table>tail',
    );
    expect(blockLines(document)).toEqual(['One', 'Two three', 'four', 'five', 'a b', 'xy', 'tail']);
    expect(blockLines(parseHtml('<section> lead \n  in <p>x</p> tail \n  end </section>'))).toEqual(['lead in', 'x', 'tail end']);
    expect(blockLines(parseHtml('<p>x</p> last \n  words '))).toEqual(['x', 'last words']);
  });
});

describe('reading elements', () => {
  const page = parseHtml(`
    <head>
      <meta name="description" content="  ">
      <meta property="og:title" content=" Senior   Engineer ">
      <meta name="og:site_name" content="Acme">
    </head>
    <body>
      <!-- saved from url=(0031)https://acme.example/jobs/42 -->
      <h1 class="title"> </h1>
      <h2 class="title">  Staff
        Engineer </h2>
      <div class="job-card" data-testid="card">
        <div class="job-meta" itemprop="hiringOrganization">
          <span class="company-name">Acme</span>
          <span class="company-location">Berlin</span>
        </div>
      </div>
      <!-- second -->
    </body>`);

  it('answers null for a missing element, attribute or text', () => {
    expect(one('article', page)).toBeNull();
    expect(attr(null, 'href')).toBeNull();
    expect(attr(one('h1', page), 'href')).toBeNull();
    expect(lineText(null)).toBeNull();
    expect(lineText(one('h1', page))).toBeNull();
    expect(lineText(one('h2', page))).toBe('Staff Engineer');
  });

  it('reads an element as one line, keeping apart the lines a reader sees apart and joining inline pieces', () => {
    const cells = parseHtml(
      '<table><tr><td>Senior Engineer<br>Berlin</td><td><h1>Platform Engineer<p>Join us</h1></td><td><b>Data</b><i>base</i> admin</td></tr></table>',
    );
    expect(all('td', cells).map(lineText)).toEqual(['Senior Engineer Berlin', 'Platform Engineer Join us', 'Database admin']);
  });

  it('takes the first text the selectors find, in their order, that the test accepts; a meta tag by its content', () => {
    expect(firstText(page, ['h1', 'h2'])).toBe('Staff Engineer');
    expect(firstText(page, ['meta[property="og:title"]', 'h2'])).toBe('Senior Engineer');
    expect(firstText(page, ['meta[name="description"]', '.company-name'])).toBe('Acme');
    expect(firstText(page, ['h2', '.company-location'], (text) => text.length < 10)).toBe('Berlin');
    expect(firstText(page, ['h2'], () => false)).toBeNull();
    expect(firstText(page, [])).toBeNull();
  });

  it('reads meta tags by property or name, and none when empty', () => {
    expect(metaContent(page, 'og:title')).toBe('Senior Engineer');
    expect(metaContent(page, 'og:site_name')).toBe('Acme');
    expect(metaContent(page, 'description')).toBeNull();
    expect(metaContent(page, 'keywords')).toBeNull();
  });

  it('finds the innermost named element with text, never the one it is told to skip', () => {
    const card = one('.job-card', page)!;
    const company = one('.company-name', page)!;
    expect(elementHints(card).split(' ')).toEqual(['job-card', 'card', '', '', '', '']);
    expect(elementHints(one('.job-meta', page)!)).toContain('hiringOrganization');
    expect(namedElement(card, /company/u)).toBe(company);
    expect(namedElement(card, /company/u, company)).toBe(one('.company-location', page));
    expect(namedElement(card, /job/u)).toBe(one('.job-meta', page));
    expect(namedElement(card, /salary/u)).toBeNull();
  });

  it('tells whether a node sits inside another', () => {
    const card = one('.job-card', page)!;
    const company = one('.company-name', page)!;
    expect(isInside(company, card)).toBe(true);
    expect(isInside(card, company)).toBe(false);
    expect(isInside(card, card)).toBe(false);
  });

  it('lists the comments in page order', () => {
    expect(comments(page).map((text) => text.trim())).toEqual(['saved from url=(0031)https://acme.example/jobs/42', 'second']);
  });
});

describe('writing markup back', () => {
  it('keeps characters as they are and escapes only what markup needs', () => {
    const element: Element = found('p', '<p title="a &quot;b&quot;">Zürich &lt;3 &amp; €</p>');
    expect(outerHtml(element)).toBe('<p title="a &quot;b&quot;">Zürich &lt;3 &amp; €</p>');
    expect(innerHtml(element)).toBe('Zürich &lt;3 &amp; €');
  });
});
