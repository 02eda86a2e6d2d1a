import { describe, expect, it } from 'vitest';
import { extractMarkdownTables } from '../../../../src-main/core/import/extract/markdown-table';
import { pageContext } from '../../../support/page-context';

/** Job tables written in Markdown, as GitHub READMEs and .md files hold them. */
const jobsIn = (source: string) => extractMarkdownTables({ ...pageContext(''), source });

describe('extractMarkdownTables', () => {
  it('reads one job per row, by the roles its header names', () => {
    const source = [
      '# Jobs',
      '',
      '| Company | Role | Location | Remote | Salary | Posted | Type | Apply |',
      '|:--------|:----:|---------:|--------|--------|--------|------|-------|',
      '| **Acme** | [Backend Engineer](https://acme.example/jobs/1) | Berlin | Hybrid | €70k | 2d | Full-time | [Apply](https://acme.example/apply/1) |',
      '| ↳ | `Data` Engineer | Remote &amp; EU | Yes | | 3d | Contract | <a href="https://acme.example/apply/2"><img src="apply.png"></a> |',
      '| Initech | ~~Old role~~ Platform Engineer | Austin \\| TX | | | | | |',
      '| Globex | | Paris | | | | | |',
      'Text after the table.',
    ].join('\n');
    const jobs = jobsIn(source);
    expect(
      jobs.map(({ title, company, location, workplace, salaryText, postedText, employmentType, url, applyUrl }) => ({
        title,
        company,
        location,
        workplace,
        salaryText,
        postedText,
        employmentType,
        url,
        applyUrl,
      })),
    ).toEqual([
      {
        title: 'Backend Engineer',
        company: 'Acme',
        location: 'Berlin',
        workplace: 'Hybrid',
        salaryText: '€70k',
        postedText: '2d',
        employmentType: 'Full-time',
        url: 'https://acme.example/jobs/1',
        applyUrl: 'https://acme.example/apply/1',
      },
      {
        title: 'Data Engineer',
        company: 'Acme',
        location: 'Remote & EU',
        workplace: 'Yes',
        salaryText: null,
        postedText: '3d',
        employmentType: 'Contract',
        url: 'https://acme.example/apply/2',
        applyUrl: 'https://acme.example/apply/2',
      },
      {
        title: 'Old role Platform Engineer',
        company: 'Initech',
        location: 'Austin | TX',
        workplace: null,
        salaryText: null,
        postedText: null,
        employmentType: null,
        url: null,
        applyUrl: null,
      },
    ]);
    expect(jobs.every((job) => job.source === 'markdown-table')).toBe(true);
  });

  it('reads the first line of a collapsed cell, and a link anywhere in the row as the job’s address', () => {
    const source = [
      '| Role | Company | Link |',
      '| --- | --- | --- |',
      '| <details><summary>2 roles</summary>Staff Engineer<br>Principal Engineer</details> | Hooli | see <a href="https://hooli.example/jobs">jobs</a> |',
      '| Designer | Pied Piper | [site](/relative) [post](http://piper.example/post) |',
    ].join('\n');
    expect(jobsIn(source).map((job) => [job.title, job.company, job.url])).toEqual([
      ['Staff Engineer', 'Hooli', 'https://hooli.example/jobs'],
      ['Designer', 'Pied Piper', 'http://piper.example/post'],
    ]);
  });

  it('reads a header without outer pipes, indented rows, and stops at the first line that does not start a row', () => {
    const source = [
      'Role | Company | Apply | Location',
      '--- | --- | --- | ---',
      '  | Dev | Acme | [Apply](https://acme.example/apply) | |',
      '| Ops | Initech | <a href="http://initech.example/apply">go</a> | Oslo |',
      'Notes about the table | not a row |',
    ].join('\n');
    expect(jobsIn(source).map((job) => [job.title, job.company, job.applyUrl, job.location])).toEqual([
      ['Dev', 'Acme', 'https://acme.example/apply', null],
      ['Ops', 'Initech', 'http://initech.example/apply', 'Oslo'],
    ]);
  });

  it('reads a cell’s words as a reader sees them, and only web links that start with their scheme', () => {
    const source = [
      '| Role | Company | Link |',
      '| --- | --- | --- |',
      '| <b>Senior</b>Data   Engineer | Hooli | [x](ftp://a.example/?u=https://b.example) <a href="javascript:void(0)//https://c.example">y</a> |',
      '| <details><summary>2 roles</summary>Staff Engineer<br />Principal Engineer</details> | Pied Piper | |',
    ].join('\n');
    expect(jobsIn(source).map((job) => [job.title, job.url])).toEqual([
      ['Senior Data Engineer', null],
      ['Staff Engineer', null],
    ]);
  });

  it('reads every job table on the page, and skips tables that are not about jobs', () => {
    const source = [
      '| Name | Stars |',
      '|---|---|',
      '| quarry | 10 |',
      '',
      '| Position | Employer |',
      '|---|---|',
      '| Tester | Umbrella |',
      '',
      'Not a table | just a pipe',
      '|---|---|',
      '',
      '---',
      '| Job | City |',
      '| -- | -- |',
      '| SRE | Oslo |',
    ].join('\r\n');
    expect(jobsIn(source).map((job) => [job.title, job.company ?? job.location])).toEqual([
      ['Tester', 'Umbrella'],
      ['SRE', 'Oslo'],
    ]);
    expect(jobsIn('| Role | Company |\n| - | - |\n| Dev | Acme |')).toEqual([]);
  });
});
