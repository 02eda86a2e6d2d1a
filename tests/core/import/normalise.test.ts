import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../src-main/core/import/dom';
import { normaliseJob, salaryLineIn, webUrl } from '../../../src-main/core/import/normalise';
import { emptyRawJob, type RawJob } from '../../../src-main/core/import/types';

/** The normalise stage on its own: what an extractor found, as the board will store it. */
const SAVED_AT = new Date('2026-11-24T12:00:00Z');
const normalise = (fields: Partial<RawJob>, pageUrl: string | null = null) =>
  normaliseJob({ ...emptyRawJob('generic'), title: 'Engineer', ...fields }, pageUrl, SAVED_AT);
const listing = (fields: Partial<RawJob>, pageUrl: string | null = null) => {
  const normalised = normalise(fields, pageUrl);
  if (!normalised) throw new Error('expected a listing');
  return normalised;
};

describe('titles and lines of text', () => {
  it('keeps no job without a title, except a description saved on its own', () => {
    expect(normalise({ title: null })).toBeNull();
    expect(normalise({ title: ' \n\t ' })).toBeNull();
    expect(normalise({ title: '&nbsp;' })).toBeNull();
    expect(normalise({ source: 'description-fragment', title: null })).toMatchObject({ title: '' });
  });

  it('decodes entities once, repairs mojibake, drops stray escapes, and keeps one line of 500 characters at most', () => {
    expect(listing({ title: 'R&amp;D Engineer' }).title).toBe('R&D Engineer');
    expect(listing({ title: 'Weâ€™re hiring' }).title).toBe('We’re hiring');
    expect(listing({ title: 'Engineer \\n Berlin \\t' }).title).toBe('Engineer Berlin');
    expect(listing({ title: 'Back\\nend' }).title).toBe('Back\\nend');
    expect(listing({ title: `  Senior\n  ${'x'.repeat(600)}` }).title).toHaveLength(500);
    expect(listing({ title: 'Engineer', location: '  Berlin,\n Germany ', category: '' })).toMatchObject({
      location: 'Berlin, Germany',
      category: null,
    });
  });

  it('keeps each tag once, whatever its case, and drops tags too long to be one', () => {
    expect(listing({ tags: ['Go', 'go', ' Rust ', 'x'.repeat(41), 'y'.repeat(40), 'R&amp;D', ''] }).tags).toEqual([
      'Go',
      'Rust',
      'y'.repeat(40),
      'R&D',
    ]);
  });

  it('has no tags, salary or plan when the page gives none', () => {
    expect(listing({})).toMatchObject({ tags: [], stages: [], remote: null, employmentType: null, postedAt: null });
  });

  it('reads the employment type and the posting date against the day the page was saved', () => {
    expect(listing({ employmentType: 'Full time', postedText: '2 days ago' })).toMatchObject({
      employmentType: 'full-time',
      postedAt: '2026-11-22',
    });
  });
});

describe('addresses', () => {
  it('resolves a relative address against the page, and keeps only web addresses', () => {
    expect(webUrl('/jobs/42', 'https://acme.example/careers/')).toBe('https://acme.example/jobs/42');
    expect(webUrl(' https://acme.example/a b ', null)).toBe('https://acme.example/a%20b');
    expect(webUrl('/jobs/42', null)).toBeNull();
    expect(webUrl('javascript:alert(1)', 'https://acme.example/')).toBeNull();
    expect(webUrl('mailto:jobs@acme.example', null)).toBeNull();
    expect(webUrl('http://[bad', null)).toBeNull();
    expect(webUrl('', 'https://acme.example/')).toBeNull();
    expect(webUrl('http://acme.example', null)).toBe('http://acme.example/');
  });

  it('takes the page’s address for a job without its own, else the apply link', () => {
    const page = 'https://acme.example/careers/42';
    expect(listing({ url: null }, page).url).toBe(page);
    expect(listing({ url: 'javascript:void(0)', applyUrl: '/apply/42' }, page)).toMatchObject({
      url: page,
      applyUrl: 'https://acme.example/apply/42',
    });
    expect(listing({ url: null, applyUrl: 'https://apply.acme.example/42' }).url).toBe('https://apply.acme.example/42');
    expect(listing({ logoUrl: 'logo.png' }, page).logoUrl).toBe('https://acme.example/careers/logo.png');
  });
});

describe('the company', () => {
  it('drops the "at" of a job board’s header', () => {
    expect(listing({ company: 'at Stark Industries' }).company).toBe('Stark Industries');
    expect(listing({ company: '@ Acme' }).company).toBe('Acme');
    expect(listing({ company: 'Athena Labs' }).company).toBe('Athena Labs');
    expect(listing({ company: 'Great Stuff Inc' }).company).toBe('Great Stuff Inc');
  });

  it('without one on the page: the applicant tracker’s address, then the site’s name', () => {
    expect(listing({ url: 'https://boards.greenhouse.io/acme/jobs/1' }).company).toBe('Acme');
    expect(listing({ applyUrl: 'https://jobs.lever.co/stark/abc' }, 'https://www.stark.example/jobs').company).toBe('Stark');
    expect(listing({ url: 'https://www.acme.example/jobs/1' }).company).toBe('acme.example');
    expect(listing({}).company).toBe('Unknown company');
    expect(listing({}, 'not an address').company).toBe('Unknown company');
  });

  it('never names a list page’s own site as the company of the jobs it lists', () => {
    const readme = 'https://github.com/someone/remote-jobs';
    expect(listing({ source: 'markdown-table', applyUrl: 'https://www.jobs.initech.example/apply' }, readme).company).toBe(
      'jobs.initech.example',
    );
    expect(listing({ source: 'markdown-table' }, readme).company).toBe('Unknown company');
    expect(listing({ source: 'generic' }, readme).company).toBe('github.com');
  });
});

describe('the salary', () => {
  it('reads a bare "$" by the job’s country, else by the page’s site', () => {
    const text = '$100,000 - $120,000 a year';
    expect(listing({ salaryText: text, location: 'Toronto, Canada' }).salary).toEqual({
      min: 100_000,
      max: 120_000,
      currency: 'CAD',
      period: 'year',
      text,
    });
    expect(listing({ salaryText: text }, 'https://au.indeed.com/viewjob?jk=1').salary.currency).toBe('AUD');
    expect(listing({ salaryText: text }).salary.currency).toBe('USD');
  });

  it('takes structured figures as they are, with the written line beside them, and never one from the description', () => {
    const description = '<p>Salary: €50,000 - €60,000 per year</p>';
    expect(listing({ salary: { min: 1, max: 2, currency: 'usd', unit: 'YEAR' }, description }).salary).toEqual({
      min: 1,
      max: 2,
      currency: 'USD',
      period: 'year',
      text: null,
    });
    expect(listing({ salary: { min: 90, max: null, currency: null, unit: 'HOUR' }, salaryText: '90 an hour' }).salary).toEqual({
      min: 90,
      max: null,
      currency: null,
      period: 'hour',
      text: '90 an hour',
    });
  });

  it('finds the salary line in the description when the page states none', () => {
    expect(listing({ description: '<p>About us</p><p>Salary: €50,000 - €60,000 per year</p>' }).salary).toEqual({
      min: 50_000,
      max: 60_000,
      currency: 'EUR',
      period: 'year',
      text: '€50,000 - €60,000 per year',
    });
    expect(listing({ description: '<p>Base pay: USD 120,000 a year</p>' }).salary).toMatchObject({
      min: 120_000,
      currency: 'USD',
    });
    expect(listing({ description: '<p>We are a team of 40.</p>' }).salary).toEqual({
      min: null,
      max: null,
      currency: null,
      period: null,
      text: null,
    });
  });
});

describe('salaryLineIn', () => {
  it('takes an amount after a salary word, on its line or the line before', () => {
    expect(salaryLineIn('Compensation\n£60,000 to £70,000')).toBe('£60,000 to £70,000');
    expect(salaryLineIn('Base pay: USD 120,000 a year')).toBe('USD 120,000 a year');
    expect(salaryLineIn('Pay: ¥8,000,000 per annum')).toBe('¥8,000,000 per annum');
    expect(salaryLineIn('Benefits\n£60,000 to £70,000')).toBeNull();
  });

  it('takes an uncued range only with a period', () => {
    expect(salaryLineIn('Expect $90,000 - $110,000 per year, plus equity')).toBe('$90,000 - $110,000 per year, plus equity');
    expect(salaryLineIn('We raised $10 - $20 million')).toBeNull();
  });

  it('skips long paragraphs and lines without money', () => {
    expect(salaryLineIn(`Salary: €50,000 - €60,000 per year ${'and more words '.repeat(10)}`)).toBeNull();
    expect(salaryLineIn('Salary: competitive')).toBeNull();
    expect(salaryLineIn(null)).toBeNull();
    const longest = `Salary: €50,000 - €60,000 per year ${'x'.repeat(125)}`;
    expect(longest).toHaveLength(160);
    expect(salaryLineIn(longest)).toBe(longest.slice('Salary: '.length));
    expect(salaryLineIn('Salary: $90k - $100k per year   ')).toBe('$90k - $100k per year');
  });
});

describe('the description', () => {
  it('decodes HTML that came entity-encoded, but not HTML that holds an encoded example', () => {
    expect(listing({ description: '&lt;p&gt;Hello &amp;amp; bye&lt;/p&gt;' }).descriptionHtml).toBe('<p>Hello &amp; bye</p>');
    expect(listing({ description: '<p>Write &lt;p&gt; tags</p>' }).descriptionHtml).toBe('<p>Write &lt;p&gt; tags</p>');
    expect(listing({ description: '&lt;p&gt;Teams of <5 people' }).descriptionText).toBe('Teams of <5 people');
    expect(listing({ description: parseHtml('<p>Already <b>parsed</b></p>').children }).descriptionHtml).toBe(
      '<p>Already <b>parsed</b></p>',
    );
  });

  it('mends markup a tool spaced out, only where it did so more than once', () => {
    expect(listing({ description: '< p >Hello< /p >< strong >x< /strong >' }).descriptionHtml).toBe(
      '<p>Hello</p><strong>x</strong>',
    );
    expect(listing({ description: '< p >Hello< /p >' }).descriptionHtml).toBe('<p>Hello</p>');
    expect(listing({ description: '<p>1 < b and c > 2</p>' }).descriptionText).toBe('1 < b and c > 2');
    expect(listing({ description: '<p>Compare a < b > c</p>' }).descriptionText).toBe('Compare a < b > c');
  });

  it('plans the stages its interview section lists, else those a sentence names', () => {
    const section = '<h3>Interview process</h3><ul><li>Recruiter call (30 min)</li><li>System design interview</li></ul>';
    expect(listing({ description: section }).stages.map((stage) => stage.kind)).toEqual(['recruiter_call', 'system_design']);
    const sentence = '<p>Our interview process consists of a recruiter call, then a technical interview.</p>';
    expect(listing({ description: sentence }).stages.map((stage) => stage.kind)).toEqual(['recruiter_call', 'technical']);
    expect(listing({ description: null })).toMatchObject({ descriptionHtml: null, descriptionText: null, stages: [] });
  });
});
