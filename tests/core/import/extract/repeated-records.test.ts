import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../../src-main/core/import/dom';
import { boardOwner, extractRepeatedRecords } from '../../../../src-main/core/import/extract/repeated-records';
import { pageContext } from '../../../support/page-context';

/** Search results and company boards, found by the shape of their repeated blocks rather than by site. */
const jobsIn = (html: string, pageUrl: string | null = null) =>
  extractRepeatedRecords(pageContext(html, pageUrl)).map(
    ({ title, company, location, salaryText, postedText, workplace, employmentType, url }) => ({
      title,
      company,
      location,
      salaryText,
      postedText,
      workplace,
      employmentType,
      url,
    }),
  );

const card = (index: number, extra = '', classes = 'job-card') => `<li class="${classes}">
  <h3 class="job-title"><a href="/jobs/${index}">Engineer ${index}</a></h3>
  <span class="company-name">Company ${index}</span><span class="job-location">City ${index}</span>${extra}</li>`;

describe('extractRepeatedRecords', () => {
  it('reads each look-alike block as a job, its fields from what its elements are named', () => {
    const html = `<ul>
      ${card(1, '<span class="salary">$100k</span><time datetime="2026-11-01">last month</time><span class="remote-flag">Remote</span><span class="job-type">Full-time</span>', 'job-card active')}
      ${card(2, '<span class="posted-date">2 days ago</span>')}
      ${card(3)}
    </ul>`;
    expect(jobsIn(html)).toEqual([
      {
        title: 'Engineer 1',
        company: 'Company 1',
        location: 'City 1',
        salaryText: '$100k',
        postedText: '2026-11-01',
        workplace: 'Remote',
        employmentType: 'Full-time',
        url: '/jobs/1',
      },
      {
        title: 'Engineer 2',
        company: 'Company 2',
        location: 'City 2',
        salaryText: null,
        postedText: '2 days ago',
        workplace: null,
        employmentType: null,
        url: '/jobs/2',
      },
      {
        title: 'Engineer 3',
        company: 'Company 3',
        location: 'City 3',
        salaryText: null,
        postedText: null,
        workplace: null,
        employmentType: null,
        url: '/jobs/3',
      },
    ]);
  });

  it('wants three blocks or more, each with its own link, and most of the siblings alike', () => {
    expect(jobsIn(`<ul>${card(1)}${card(2)}</ul>`)).toEqual([]);
    const sameLink = [1, 2, 3].map(() => card(1)).join('');
    expect(jobsIn(`<ul>${sameLink}</ul>`)).toEqual([]);
    const mostlyEmpty = `${card(1)}${card(2)}${card(3)}${'<li class="job-card"></li>'.repeat(4)}`;
    expect(jobsIn(`<ul>${mostlyEmpty}</ul>`)).toEqual([]);
    const noLinks = [1, 2, 3].map((index) => `<li class="job-card"><b>Engineer ${index}</b><i>City ${index}</i></li>`).join('');
    expect(jobsIn(`<ul>${noLinks}</ul>`)).toEqual([]);
    const deadLinks = ['#', 'javascript:void(0)', 'mailto:a@b.c']
      .map((href, index) => `<li class="x"><a href="${href}">Engineer ${index} apply</a><i>City</i></li>`)
      .join('');
    expect(jobsIn(`<ul>${deadLinks}</ul>`)).toEqual([]);
  });

  it('joins a group of the same shape elsewhere, in page order, once each', () => {
    const html = `<section class="results"><ul class="featured">${card(1)}${card(2)}${card(3)}</ul></section>
      <section class="results"><ul class="featured">${card(3)}${card(4)}${card(5)}</ul></section>`;
    expect(jobsIn(html).map((job) => job.title)).toEqual(['Engineer 1', 'Engineer 2', 'Engineer 3', 'Engineer 4', 'Engineer 5']);
  });

  it('splits a title block that names the company after a separator', () => {
    const rows = [1, 2, 3]
      .map(
        (index) =>
          `<div class="row"><a href="/careers/${index}"><span>Manager ${index}</span><span>•</span><span>Close</span></a><p>Remote</p></div>`,
      )
      .join('');
    expect(jobsIn(`<div>${rows}</div>`).map((job) => [job.title, job.company, job.url])).toEqual([
      ['Manager 1', 'Close', '/careers/1'],
      ['Manager 2', 'Close', '/careers/2'],
      ['Manager 3', 'Close', '/careers/3'],
    ]);
  });

  it('names a company board’s owner for jobs that name no company', () => {
    const rows = [1, 2, 3]
      .map((index) => `<div class="opening"><a href="/jobs/${index}">Role ${index}</a><span>Remote</span></div>`)
      .join('');
    expect(jobsIn(`<html><head><title>Careers at Umbrella</title></head><body>${rows}</body></html>`)[0]!.company).toBe(
      'Umbrella',
    );
    expect(jobsIn(`<html><body>${rows}</body></html>`, 'https://boards.greenhouse.io/hooli')[0]!.company).toBe('Hooli');
    expect(jobsIn(`<html><body>${rows}</body></html>`)[0]!.company).toBeNull();
  });
});

describe('boardOwner', () => {
  it('reads the owner from a board’s page title', () => {
    expect(boardOwner(parseHtml('<title>Talent Disruptors Jobs</title>'))).toBe('Talent Disruptors');
    expect(boardOwner(parseHtml('<title>Jobs at Acme</title>'))).toBe('Acme');
    expect(boardOwner(parseHtml('<title>Work with Initech</title>'))).toBe('Initech');
    expect(boardOwner(parseHtml('<title>Engineer</title>'))).toBeNull();
    expect(boardOwner(parseHtml('<p>No title</p>'))).toBeNull();
  });
});

describe('what makes a group of job blocks', () => {
  const titles = (html: string, pageUrl: string | null = null) => jobsIn(html, pageUrl).map((job) => job.title);
  const block = (index: number, classes = 'result', href = `/jobs/${index}`) =>
    `<div class="${classes}"><a href="${href}">Engineer ${index}</a><span>City ${index}</span></div>`;

  it('groups blocks whose classes differ only in state or ids, however the classes are spaced', () => {
    const html = [block(1, 'result  active'), block(2, 'result\nrow-12345'), block(3, 'first result deadbeef00')].join('');
    expect(titles(`<main>${html}</main>`)).toEqual(['Engineer 1', 'Engineer 2', 'Engineer 3']);
    const unlike = [block(1, 'result'), block(2, 'result'), block(3, 'result wide'), block(4, 'result wide')].join('');
    expect(titles(`<main>${unlike}</main>`)).toEqual([]);
    const otherTags = `${block(1)}${block(2)}<p class="result"><a href="/jobs/3">Engineer 3</a><span>City 3</span></p>`;
    expect(titles(`<main>${otherTags}</main>`)).toEqual([]);
  });

  it('finds blocks that sit directly in the page, with no wrapper', () => {
    expect(titles([1, 2, 3].map((index) => block(index)).join(''))).toEqual(['Engineer 1', 'Engineer 2', 'Engineer 3']);
  });

  it('wants each block to show at least ten and at most 4,000 characters, in two pieces or more', () => {
    const sized = (text: string) =>
      [1, 2, 3].map((index) => `<div class="r"><a href="/jobs/${index}">${text}${index}</a><i>x</i></div>`).join('');
    expect(titles(`<main>${sized('Engineer')}</main>`)).toHaveLength(3);
    expect(titles(`<main>${sized('Develop')}</main>`)).toHaveLength(0);
    expect(titles(`<main>${sized('W'.repeat(3997))}</main>`)).toHaveLength(3);
    expect(titles(`<main>${sized('W'.repeat(3999))}</main>`)).toHaveLength(0);
    const onePiece = [1, 2, 3]
      .map((index) => `<div class="r"><a href="/jobs/${index}">Engineer number ${index}</a></div>`)
      .join('');
    expect(titles(`<main>${onePiece}</main>`)).toEqual([]);
    const scripted = [1, 2, 3]
      .map((index) => `<div class="r"><a href="/jobs/${index}">Engineer ${index}</a><script>track(${index})</script></div>`)
      .join('');
    expect(titles(`<main>${scripted}</main>`)).toEqual([]);
  });

  it('wants at least half of the look-alike siblings to be jobs, and four in five of them to link somewhere new', () => {
    const jobs = [1, 2, 3].map((index) => block(index)).join('');
    const empty = '<div class="result"></div>';
    expect(titles(`<main>${jobs}${empty.repeat(3)}</main>`)).toHaveLength(3);
    expect(titles(`<main>${jobs}${empty.repeat(4)}</main>`)).toHaveLength(0);
    const fiveWithOneRepeat = [1, 2, 3, 4].map((index) => block(index)).join('') + block(5, 'result', '/jobs/4');
    expect(titles(`<main>${fiveWithOneRepeat}</main>`)).toEqual(['Engineer 1', 'Engineer 2', 'Engineer 3', 'Engineer 4']);
    const fiveWithTwoRepeats =
      [1, 2, 3].map((index) => block(index)).join('') + block(4, 'result', '/jobs/3') + block(5, 'result', '/jobs/3');
    expect(titles(`<main>${fiveWithTwoRepeats}</main>`)).toEqual([]);
  });

  it('prefers the group whose links lead to jobs over a larger group of other links', () => {
    const jobs = [1, 2, 3].map((index) => block(index, 'result')).join('');
    const tags = [1, 2, 3, 4, 5]
      .map((index) => `<li class="tag"><a href="/topics/${index}">Topic ${index}</a><span>${index} posts</span></li>`)
      .join('');
    expect(titles(`<main><ul>${tags}</ul><section>${jobs}</section></main>`)).toEqual(['Engineer 1', 'Engineer 2', 'Engineer 3']);
    const moreTags = [1, 2, 3, 4, 5, 6, 7]
      .map((index) => `<li class="tag"><a href="/topics/${index}">Topic ${index}</a><span>${index} posts</span></li>`)
      .join('');
    expect(titles(`<main><ul>${moreTags}</ul><section>${jobs}</section></main>`)).toHaveLength(7);
  });

  it('joins only the groups of the same shape under the same kind of parent', () => {
    const group = (from: number, parent: string) =>
      `<${parent} class="list">${[from, from + 1, from + 2].map((index) => block(index)).join('')}</${parent}>`;
    expect(titles(`${group(1, 'section')}${group(4, 'section')}`)).toHaveLength(6);
    expect(titles(`${group(1, 'section')}${group(4, 'aside')}`)).toHaveLength(3);
  });
});

describe('reading one job block', () => {
  const rows = (make: (index: number) => string) => `<main>${[1, 2, 3].map(make).join('')}</main>`;

  it('takes the title from the link to the job, and the company from a link to the company', () => {
    const html = rows(
      (index) =>
        `<div class="r"><a href="/company/acme-${index}">Acme ${index}</a><a href="/viewjob?id=${index}">Engineer ${index}</a></div>`,
    );
    expect(jobsIn(html)[0]).toMatchObject({ title: 'Engineer 1', company: 'Acme 1', url: '/viewjob?id=1' });
  });

  it('takes a link with words over an empty one, and any link when none has words', () => {
    const worded = rows(
      (index) =>
        `<div class="r"><a href="/p/${index}"><img alt=""></a><a href="/q/${index}">Engineer ${index}</a><i>City ${index}</i></div>`,
    );
    expect(jobsIn(worded)[0]).toMatchObject({ title: 'Engineer 1', url: '/q/1' });
  });

  it('passes over a title-named element that is really the company, for the heading', () => {
    const html = rows(
      (index) =>
        `<div class="r"><span class="company-title">Acme</span><h3>Engineer ${index}</h3><a href="/jobs/${index}">Apply</a></div>`,
    );
    expect(jobsIn(html)[0]).toMatchObject({ title: 'Engineer 1', company: 'Acme', url: '/jobs/1' });
  });

  it('links the title to the link around it, else inside it, else the block’s main link', () => {
    const around = rows((index) => `<div class="r"><a href="/jobs/${index}"><h3>Engineer ${index}</h3></a><i>City</i></div>`);
    expect(jobsIn(around)[0]!.url).toBe('/jobs/1');
    const deadAround = rows(
      (index) => `<div class="r"><a href="#"><h3>Engineer ${index}</h3></a><a href="/jobs/${index}">More</a></div>`,
    );
    expect(jobsIn(deadAround)[0]!.url).toBe('/jobs/1');
    const elsewhere = rows((index) => `<div class="r"><h3>Engineer ${index}</h3><a href="/jobs/${index}">Apply</a></div>`);
    expect(jobsIn(elsewhere)[0]!.url).toBe('/jobs/1');
  });

  it('splits the title block at “at”, “@” or a dash as well, and only with a third piece', () => {
    const split = (separator: string) =>
      jobsIn(
        rows(
          (index) =>
            `<div class="r"><a href="/jobs/${index}"><b>Lead ${index}</b> <b>${separator}</b> <b>Hooli</b></a><i>Remote</i></div>`,
        ),
      )[0];
    expect(split('at')).toMatchObject({ title: 'Lead 1', company: 'Hooli' });
    expect(split('@')).toMatchObject({ title: 'Lead 1', company: 'Hooli' });
    expect(split('–')).toMatchObject({ title: 'Lead 1', company: 'Hooli' });
    expect(split('and')).toMatchObject({ title: 'Lead 1 and Hooli', company: null });
  });

  it('names the board’s owner only when no job names a company', () => {
    const html = `<html><head><title>Careers at Umbrella</title></head><body>${rows((index) =>
      index === 2
        ? `<div class="r"><a href="/jobs/2">Role 2</a><span class="company">Initech</span></div>`
        : `<div class="r"><a href="/jobs/${index}">Role ${index}</a><span>Remote</span></div>`,
    )}</body></html>`;
    expect(jobsIn(html).map((job) => job.company)).toEqual([null, 'Initech', null]);
  });
});

describe('boardOwner, strictly', () => {
  it('needs the board words at the end or the start of the title, not in its middle', () => {
    expect(boardOwner(parseHtml('<title>Acme Jobs Board</title>'))).toBeNull();
    expect(boardOwner(parseHtml('<title>Jobs at Acme today</title>'))).toBe('Acme today');
    expect(boardOwner(parseHtml('<title>Find jobs at Acme</title>'))).toBeNull();
    expect(boardOwner(parseHtml('<title>Acme   Careers</title>'))).toBe('Acme');
    expect(boardOwner(parseHtml('<title>Careers with Acme Corp</title>'))).toBe('Acme Corp');
  });
});
