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
