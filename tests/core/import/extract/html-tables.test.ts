import { describe, expect, it } from 'vitest';
import { extractHeaderTables } from '../../../../src-main/core/import/extract/header-table';
import { categoryFromHeading, extractReadmeTable } from '../../../../src-main/core/import/extract/readme-table';
import { pageContext } from '../../../support/page-context';

/** Jobs written out as HTML table rows: header-named columns, and README rows in pairs. */
const context = pageContext;

describe('extractHeaderTables', () => {
  it('reads one job per row under a header naming the columns, lining cells up across colspans', () => {
    const html = `<table>
      <tr><td></td><td> </td></tr>
      <tr><th>Title</th><th colspan="2">Company</th><th>Location</th><th>Remote</th><th>Pay</th><th>Posted</th><th>Type</th><th>Apply</th></tr>
      <tr><td><a href="https://acme.example/1">Backend Engineer</a></td><td>Acme</td><td>(ignored)</td><td>Berlin</td><td>Hybrid</td><td>€70k</td><td>2d</td><td>Full-time</td><td>https://acme.example/apply</td></tr>
      <tr><td colspan="3">Data Engineer<span style="display: none">hidden words</span></td><td></td><td></td><td></td><td></td><td></td><td><a href="https://acme.example/a2">Apply</a></td></tr>
      <tr><td></td><td>No title here</td></tr>
      <tr><td>Tester</td><td>Initech</td><td></td><td>Austin</td><td></td><td></td><td></td><td></td><td>see website</td></tr>
    </table>`;
    const jobs = extractHeaderTables(context(html));
    expect(
      jobs.map(({ title, company, location, workplace, salaryText, postedText, employmentType, url, applyUrl }) => [
        title,
        company,
        location,
        workplace,
        salaryText,
        postedText,
        employmentType,
        url,
        applyUrl,
      ]),
    ).toEqual([
      [
        'Backend Engineer',
        'Acme',
        'Berlin',
        'Hybrid',
        '€70k',
        '2d',
        'Full-time',
        'https://acme.example/1',
        'https://acme.example/apply',
      ],
      ['Data Engineer', null, null, null, null, null, null, null, 'https://acme.example/a2'],
      ['Tester', 'Initech', 'Austin', null, null, null, null, null, null],
    ]);
    expect(jobs[0]!.source).toBe('header-table');
  });

  it('skips tables that are not about jobs, empty tables, and tables holding tables', () => {
    const html = `<table><tr><th>Name</th><th>Stars</th></tr><tr><td>quarry</td><td>10</td></tr></table>
      <table><tr><td></td></tr></table>
      <table><tr><td><table><tr><th>Role</th><th>City</th></tr><tr><td>SRE</td><td>Oslo</td></tr></table></td></tr></table>`;
    expect(extractHeaderTables(context(html)).map((job) => [job.title, job.location])).toEqual([['SRE', 'Oslo']]);
  });

  it('lines cells up whatever whitespace or comments sit between them, and takes only a whole web address as the apply link', () => {
    const html = `<table>
      <tr> <th>Role</th> <!-- shown --> <th>Location</th>
        <th>Apply</th> </tr>
      <tr> <td>Dev</td> <td>Berlin</td> <td>see https://acme.example/apply</td> </tr>
      <tr> <td>Ops</td> <td>Oslo</td> <td>http://acme.example/apply</td> </tr>
    </table>`;
    expect(extractHeaderTables(context(html)).map((job) => [job.title, job.location, job.applyUrl])).toEqual([
      ['Dev', 'Berlin', null],
      ['Ops', 'Oslo', 'http://acme.example/apply'],
    ]);
  });

  it('reads a table inside a layout table once, from the inner table alone', () => {
    const inner = '<table><tr><th>Role</th><th>Company</th></tr><tr><td>SRE</td><td>Acme</td></tr></table>';
    const html = `<table><tr><td>Role</td><td>Company</td></tr><tr><td>${inner}</td><td>Listed today</td></tr></table>`;
    expect(extractHeaderTables(context(html)).map((job) => [job.title, job.company])).toEqual([['SRE', 'Acme']]);
  });

  it('keeps a runaway colspan within bounds', () => {
    const html = '<table><tr><th>Role</th><th colspan="100000">Company</th></tr><tr><td>Dev</td><td>Acme</td></tr></table>';
    expect(extractHeaderTables(context(html)).map((job) => [job.title, job.company])).toEqual([['Dev', 'Acme']]);
  });
});

describe('extractReadmeTable', () => {
  it('reads each job from a pair of rows: the job, then its description, under the heading before the table', () => {
    const html = `<div><h2>BACKEND JOBS</h2></div><p>Intro</p>
      <table>
        <tr><td><img src="https://acme.example/logo.png"><h5>Acme</h5><h3>Go Engineer</h3><code>go</code><code>k8s</code><code> </code></td><td>2 days ago</td><td><a href="https://acme.example/apply">Apply</a></td></tr>
        <tr><td><details><summary>Description</summary><p>Build services.</p></details></td></tr>
        <tr><td><h4>Initech</h4><h3>SRE</h3></td><td>today</td></tr>
        <tr><td>A row without a job</td></tr>
      </table>`;
    const jobs = extractReadmeTable(context(html));
    expect(
      jobs.map(({ title, company, tags, postedText, applyUrl, logoUrl, category }) => ({
        title,
        company,
        tags,
        postedText,
        applyUrl,
        logoUrl,
        category,
      })),
    ).toEqual([
      {
        title: 'Go Engineer',
        company: 'Acme',
        tags: ['go', 'k8s'],
        postedText: '2 days ago',
        applyUrl: 'https://acme.example/apply',
        logoUrl: 'https://acme.example/logo.png',
        category: 'Backend',
      },
      { title: 'SRE', company: 'Initech', tags: [], postedText: 'today', applyUrl: null, logoUrl: null, category: 'Backend' },
    ]);
    const description = jobs[0]!.description;
    expect(Array.isArray(description) && description.map((node) => node.type === 'tag' && node.name)).toEqual(['p']);
    expect(jobs[1]!.description).toBeNull();
  });

  it('finds no category without a heading before the table', () => {
    const jobs = extractReadmeTable(context('<table><tr><td><h3>Dev</h3></td></tr></table><h2>After</h2>'));
    expect(jobs.map((job) => [job.title, job.category])).toEqual([['Dev', null]]);
  });
});

describe('categoryFromHeading', () => {
  it('drops the word for jobs, and softens capitals', () => {
    expect(categoryFromHeading('BACKEND JOBS')).toBe('Backend');
    expect(categoryFromHeading('Design roles')).toBe('Design');
    expect(categoryFromHeading('Data Positions ')).toBe('Data');
    expect(categoryFromHeading('Jobs')).toBe('Jobs');
    expect(categoryFromHeading(' openings')).toBeNull();
    expect(categoryFromHeading('Machine Learning')).toBe('Machine Learning');
    expect(categoryFromHeading(null)).toBeNull();
  });
});
