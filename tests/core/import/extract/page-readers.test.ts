import { describe, expect, it } from 'vitest';
import { extractDescriptionFragment } from '../../../../src-main/core/import/extract/description-fragment';
import { extractDiscussionThread } from '../../../../src-main/core/import/extract/discussion-thread';
import { countJobWords, extractGeneric, hasJobEvidence, splitTitle } from '../../../../src-main/core/import/extract/generic';
import { pageContext } from '../../../support/page-context';

/** The readers of pages without structured data: discussion threads, a generic page, a description on its own. */
const context = pageContext;

describe('extractDiscussionThread', () => {
  const comment = (id: string, indent: string | null, body: string, age = '2026-11-02T10:00:00') =>
    `<tr class="athing comtr" id="${id}"><td>${indent === null ? '' : `<td class="ind" indent="${indent}"></td>`}<span class="age" title="${age}">1 day ago</span><div class="commtext">${body}</div></td></tr>`;

  it('reads each top-level post as a job, its first line as the headline, never the replies', () => {
    const html = `<table>
      ${comment('101', '0', 'Acme | Senior Backend Engineer | Berlin | REMOTE | €90k<p>We build <i>rockets</i>.</p>')}
      ${comment('102', '1', 'Great, are you hiring juniors?')}
      ${comment('103', null, 'Come work at Initech.<br>Platform Engineer')}
      <tr class="athing comtr" id="104"><td class="ind" indent="0"></td><td>[flagged]</td></tr>
    </table>`;
    const jobs = extractDiscussionThread(context(html));
    expect(
      jobs.map(({ title, company, location, workplace, salaryText, postedText, url }) => ({
        title,
        company,
        location,
        workplace,
        salaryText,
        postedText,
        url,
      })),
    ).toEqual([
      {
        title: 'Senior Backend Engineer',
        company: 'Acme',
        location: 'Berlin',
        workplace: 'REMOTE',
        salaryText: '€90k',
        postedText: '2026-11-02T10:00:00',
        url: 'https://news.ycombinator.com/item?id=101',
      },
      {
        title: 'Platform Engineer',
        company: 'Initech',
        location: null,
        workplace: null,
        salaryText: null,
        postedText: '2026-11-02T10:00:00',
        url: 'https://news.ycombinator.com/item?id=103',
      },
    ]);
    expect(jobs[0]!.source).toBe('discussion-thread');
  });

  it('finds the role in the post’s body when its headline names none, including a post that opens with a paragraph; comments are no text', () => {
    const jobs = extractDiscussionThread(
      context(
        `<table>${comment('7', '0', 'Acme<!-- edited --> is growing<p>We need a Backend Engineer to own billing.</p>')}${comment('8', '0', '<p>Hiring a Data Engineer in Oslo.</p>')}${comment('9', '0', 'Initech<!-- edited --> | SRE | Austin')}</table>`,
      ),
    );
    expect(jobs.map((job) => [job.title, job.company])).toEqual([
      ['Backend Engineer', null],
      ['Data Engineer', null],
      ['SRE', 'Initech'],
    ]);
  });

  it('titles a post that names no role by its headline, shortened at a word', () => {
    const long = `We are a small team doing interesting things with databases and compilers and we would love to hear from you soon`;
    const jobs = extractDiscussionThread(context(`<table>${comment('7', '0', long)}${comment('8', '0', 'Hooli')}</table>`));
    expect(jobs[0]!.title).toBe('We are a small team doing interesting things with databases and compilers and we would…');
    expect(jobs[1]!.title).toBe('Hooli');
    const ninety = `${'word '.repeat(17)}words`;
    expect(ninety).toHaveLength(90);
    const exact = extractDiscussionThread(context(`<table>${comment('9', '0', ninety.replace(/ /gu, '\n  '))}</table>`));
    expect(exact[0]!.title).toBe(ninety);
  });
});

describe('splitTitle', () => {
  it('splits a page title into the job and its company', () => {
    expect(splitTitle('Senior Engineer at Acme | Careers', null)).toEqual({ title: 'Senior Engineer', company: 'Acme' });
    expect(splitTitle('Senior Engineer @ Acme', null)).toEqual({ title: 'Senior Engineer', company: 'Acme' });
    expect(splitTitle('Senior Engineer - Acme', null)).toEqual({ title: 'Senior Engineer', company: 'Acme' });
    expect(splitTitle('Acme · Senior Engineer', 'acme')).toEqual({ title: 'Senior Engineer', company: 'acme' });
    expect(splitTitle('Senior Engineer – Berlin', 'Acme Jobs')).toEqual({ title: 'Senior Engineer', company: 'Acme Jobs' });
    expect(splitTitle('Senior Engineer', 'Acme')).toEqual({ title: 'Senior Engineer', company: 'Acme' });
    expect(splitTitle('Front-end Engineer', null)).toEqual({ title: 'Front-end Engineer', company: null });
  });

  it('trims what it splits off, and drops a suffix after the company', () => {
    expect(splitTitle(' Senior Engineer at Acme ', null)).toEqual({ title: 'Senior Engineer', company: 'Acme' });
    expect(splitTitle('Engineer at Acme – Remote, EU', null)).toEqual({ title: 'Engineer', company: 'Acme' });
    expect(splitTitle('Senior Engineer  -  Acme ', null)).toEqual({ title: 'Senior Engineer', company: 'Acme' });
  });
});

describe('extractGeneric', () => {
  it('takes the heading as the title, the page title for the company, and the main content as the description', () => {
    const html = `<html><head><title>Platform Engineer at Globex</title><meta property="og:url" content="https://globex.example/7"><meta property="og:image" content="https://globex.example/logo.png"></head>
      <body><nav><h1>Menu</h1></nav><main><h1> Platform Engineer </h1><span>Posted 3 days ago</span><p>Own our platform.</p></main></body></html>`;
    const [job] = extractGeneric(context(html));
    expect(job).toMatchObject({
      source: 'generic',
      title: 'Platform Engineer',
      company: 'Globex',
      url: 'https://globex.example/7',
      logoUrl: 'https://globex.example/logo.png',
      postedText: 'Posted 3 days ago',
    });
    expect(Array.isArray(job!.description) && job!.description.some((node) => node.type === 'tag' && node.name === 'p')).toBe(
      true,
    );
  });

  it('falls back to the page title, the site’s name and the description meta tag', () => {
    const html =
      '<head><meta property="og:title" content="Data Analyst - Initech"><meta property="og:site_name" content="Initech Careers"><meta name="description" content="Crunch numbers."></head>';
    expect(extractGeneric(context(html))[0]).toMatchObject({
      title: 'Data Analyst',
      company: 'Initech Careers',
      postedText: null,
    });
    expect(extractGeneric(context('<body><p>No title anywhere.</p></body>'))).toEqual([]);
  });

  it('takes the main content without the page’s navigation, and the meta description for a page with no body', () => {
    const [job] = extractGeneric(
      context('<html><body><nav>Menu</nav><main><h1>Engineer</h1><p>Own it.</p></main></body></html>'),
    );
    const names = (job!.description as { name?: string }[]).map((node) => node.name);
    expect(names).toEqual(['h1', 'p']);
    const bodiless = (meta: string) => extractGeneric(context(`<title>Engineer at Acme</title>${meta}`))[0]!.description;
    expect(bodiless('<meta name="description" content="Build things">')).toBe('Build things');
    expect(bodiless('<meta name="description" content="Plain"><meta property="og:description" content="Open Graph">')).toBe(
      'Open Graph',
    );
  });

  it('takes as the posting date a short line saying when it was posted, and nothing that merely uses the word', () => {
    const posted = (line: string) =>
      extractGeneric(context(`<html><body><main><h1>Engineer</h1><span>${line}</span></main></body></html>`))[0]!.postedText;
    expect(posted('Posted on 12 May 2026')).toBe('Posted on 12 May 2026');
    expect(posted('Listed yesterday')).toBe('Listed yesterday');
    expect(posted('Posted in 3 teams')).toBeNull();
    expect(posted('Posted by Jane')).toBeNull();
    const padded = (length: number) => `Posted 2 days ago${' '.repeat(1)}${'x'.repeat(length - 18)}`;
    expect(posted(padded(79))).toBe(padded(79));
    expect(posted(padded(80))).toBeNull();
  });
});

describe('job evidence', () => {
  it('counts a posting’s words, in several languages', () => {
    expect(countJobWords('Apply now! Responsibilities, requirements, and what we offer. Full-time.')).toBe(5);
    expect(countJobWords('Aufgaben und Anforderungen; postuler; requisitos')).toBe(4);
    expect(countJobWords('A quiet essay about gardens.')).toBe(0);
  });

  it('takes a page for a job by its words, or by a job title when it is no article', () => {
    const job = { ...extractGeneric(context('<h1>Senior Engineer</h1>'))[0]! };
    expect(hasJobEvidence(context('<body><h1>Senior Engineer</h1></body>'), job)).toBe(true);
    expect(hasJobEvidence(context('<body><article><h1>Senior Engineer</h1></article></body>'), job)).toBe(false);
    expect(hasJobEvidence(context('<body><article>Requirements and responsibilities</article></body>'), job)).toBe(true);
    expect(hasJobEvidence(context('<body><article>Requirements only</article></body>'), job)).toBe(false);
    const ogArticle =
      '<html><head><meta property="og:type" content="article"></head><body><h1>Senior Engineer</h1></body></html>';
    expect(hasJobEvidence(context(ogArticle), job)).toBe(false);
    const essay = { ...job, title: 'How I grew tomatoes' };
    expect(hasJobEvidence(context('<body><p>Gardens.</p></body>'), essay)).toBe(false);
  });
});

describe('extractDescriptionFragment', () => {
  const fragment = (body: string) => extractDescriptionFragment(context(`<html><body>${body}</body></html>`));

  it('keeps an untitled job when the text reads like a posting and names its employer', () => {
    for (const [body, company] of [
      ['<p>At Acme, we build rockets.</p><p>Requirements: Go. Responsibilities: ship.</p>', 'Acme'],
      ['<p>Hooli is hiring! Requirements: Go. Nice to have: Rust.</p>', 'Hooli'],
      ['<p>Join Pied Piper. Requirements and responsibilities below.</p>', 'Pied Piper'],
      ['<h2>About Initech</h2><p>Requirements: Go. Responsibilities: ship.</p>', 'Initech'],
    ]) {
      const [job] = fragment(body!);
      expect(job).toMatchObject({ source: 'description-fragment', title: null, company });
    }
  });

  it('keeps nothing without a posting’s words or a named employer', () => {
    expect(fragment('<p>At Acme, we build rockets.</p>')).toEqual([]);
    expect(fragment('<h2>About the role</h2><p>Requirements: Go. Responsibilities: ship.</p>')).toEqual([]);
    expect(fragment('<p>At the moment, we are quiet. Requirements and responsibilities.</p>')).toEqual([]);
  });
});
