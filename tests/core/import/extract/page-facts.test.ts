import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../../src-main/core/import/dom';
import { extractJobs, pageUrlOf, savedDateOf } from '../../../../src-main/core/import/extract';

/** What a page says about itself: where it came from, when it was saved, and what it is when it holds no job. */
const page = (html: string) => parseHtml(html);

describe('pageUrlOf', () => {
  it('prefers the canonical link, then og:url, then the saving browser’s comment, then the archive’s location', () => {
    const canonical = '<link rel="alternate canonical" href="https://a.example/canonical">';
    const og = '<meta property="og:url" content="https://a.example/og">';
    const savedFrom = '<!-- saved from url=(0029)https://a.example/saved-from -->';
    const singleFile = '<!--\n Page saved with SingleFile \n url: https://a.example/single-file \n-->';
    expect(pageUrlOf(page(savedFrom + og + canonical), 'https://archive')).toBe('https://a.example/canonical');
    expect(pageUrlOf(page(savedFrom + og), 'https://archive')).toBe('https://a.example/og');
    expect(pageUrlOf(page(singleFile + savedFrom), 'https://archive')).toBe('https://a.example/single-file');
    expect(pageUrlOf(page(savedFrom), 'https://archive')).toBe('https://a.example/saved-from');
    expect(pageUrlOf(page('<p>no address</p>'), 'https://archive')).toBe('https://archive');
    expect(pageUrlOf(page('<p>no address</p>'), null)).toBeNull();
  });

  it('passes over addresses that are not on the web', () => {
    const local = [
      '<link rel="canonical" href="/jobs/1">',
      '<meta property="og:url" content="file:///home/me/job.html">',
      '<!-- saved from url=(0014)about:internet -->',
      '<!-- url: https://a.example/not-single-file -->',
      '<!-- SingleFile url: ftp://a.example/x -->',
    ].join('');
    expect(pageUrlOf(page(local), null)).toBeNull();
  });

  it('takes plain http addresses, and only an address that starts with its scheme', () => {
    const hiding = 'javascript:go("https://a.example/x")';
    expect(
      pageUrlOf(page(`<link rel="canonical" href='${hiding}'><meta property="og:url" content="HTTP://a.example/og">`), null),
    ).toBe('HTTP://a.example/og');
    expect(
      pageUrlOf(page(`<meta property="og:url" content='${hiding}'><!-- saved from url=(0020)http://a.example/s -->`), null),
    ).toBe('http://a.example/s');
    expect(pageUrlOf(page(`<link rel="canonical" href="http://a.example/c"><!-- saved from url=(0030)${hiding} -->`), null)).toBe(
      'http://a.example/c',
    );
    expect(pageUrlOf(page(`<!-- saved from url=(0030)${hiding} -->`), 'https://archive')).toBe('https://archive');
  });
});

describe('what a page holds', () => {
  const extract = (html: string) => extractJobs({ document: page(html), source: html, pageUrl: null, savedAt: new Date() });
  const postings = (...titles: string[]) =>
    titles
      .map((title) => `<script type="application/ld+json">${JSON.stringify({ '@type': 'JobPosting', title })}</script>`)
      .join('');

  it('is a list when its structured data holds several postings, and one job when it holds one', () => {
    const several = extract(`<html><head>${postings('First', 'Second')}</head></html>`);
    expect([several.kind, several.kind === 'none' ? [] : several.jobs.map((job) => job.title)]).toEqual([
      'list',
      ['First', 'Second'],
    ]);
    const one = extract(
      `<html><head>${postings('From the data')}<meta property="og:image" content="https://a.example/logo.png"></head><body><h1>From the heading</h1></body></html>`,
    );
    expect(one).toMatchObject({ kind: 'single', jobs: [{ title: 'From the data', logoUrl: 'https://a.example/logo.png' }] });
  });

  it('is one job when a table names one, and a list from three look-alike blocks', () => {
    const table =
      '<table><tr><th>Role</th><th>Company</th><th>Location</th></tr><tr><td>Engineer</td><td>Acme</td><td>Paris</td></tr></table>';
    expect(extract(`<html><body>${table}</body></html>`)).toMatchObject({ kind: 'single', jobs: [{ title: 'Engineer' }] });
    const blocks = [1, 2, 3].map(
      (index) => `<div class="r"><a href="/jobs/${index}">Engineer ${index}</a><span>Paris</span></div>`,
    );
    expect(extract(`<html><body><main>${blocks.join('')}</main></body></html>`)).toMatchObject({
      kind: 'list',
      jobs: { length: 3 },
    });
  });
});

describe('savedDateOf', () => {
  it('reads the date SingleFile writes, without its zone name, and nothing else', () => {
    expect(savedDateOf(page('<!-- saved date: Tue Nov 17 2026 09:30:00 GMT+0100 (Central European Standard Time) -->'))).toEqual(
      new Date('2026-11-17T08:30:00Z'),
    );
    expect(savedDateOf(page('<!-- saved date: someday --><!-- saved date: 2026-11-18T10:00:00Z -->'))).toEqual(
      new Date('2026-11-18T10:00:00Z'),
    );
    expect(savedDateOf(page('<!-- a comment --><p>Saved date: 2026-11-18</p>'))).toBeNull();
  });
});

describe('a page without a job', () => {
  const looksLike = (html: string) => {
    const extracted = extractJobs({ document: page(html), source: html, pageUrl: null, savedAt: new Date() });
    return extracted.kind === 'none' ? extracted.looksLike : extracted.kind;
  };

  it('says what it looks like instead', () => {
    expect(looksLike('<html><head><title>Search results</title></head><body><p>Nothing here.</p></body></html>')).toBe(
      'a search page',
    );
    expect(looksLike('<html><head><meta property="og:type" content="article"></head><body><p>Essay.</p></body></html>')).toBe(
      'an article',
    );
    expect(looksLike('<html><body><article><p>Essay.</p></article></body></html>')).toBe('an article');
    expect(looksLike('<html><body><p>Hello.</p></body></html>')).toBe('a page without a job posting');
  });
});
