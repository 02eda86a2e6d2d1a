import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ImportFileError, processFile } from '../../../src-main/core/import/pipeline';
import type { ExtractedListing } from '../../../src-main/core/import/normalise';
import { fixturePath, sharedPath } from '../../support/shared-data';

const fixtures = fixturePath();
const SAVED_AT = new Date('2026-11-24T12:00:00Z');

function importFixture(name: string) {
  return processFile({ fileName: name, bytes: new Uint8Array(readFileSync(join(fixtures, name))), modifiedAt: SAVED_AT });
}

/** Expected fields per fixture, written by reading each file. */
const EXPECTED: Record<string, Partial<ExtractedListing>[]> = {
  'json-ld-graph.html': [
    {
      extractor: 'json-ld',
      title: 'Senior Site Reliability Engineer',
      company: 'Acme Corp',
      location: 'Lisbon, PT',
      remote: 'remote',
      employmentType: 'full-time',
      salary: { min: 70000, max: 90000, currency: 'EUR', period: 'year', text: null },
      category: 'Engineering',
      url: 'https://careers.acme.example/jobs/42',
      logoUrl: 'https://careers.acme.example/logo.png',
      tags: ['Terraform', 'Kubernetes', 'Go'],
      postedAt: '2026-11-02',
      stages: [
        { kind: 'recruiter_call', title: 'Intro call with a recruiter (30 mins)', durationMinutes: 30 },
        { kind: 'technical', title: 'Live coding technical interview, 60 minutes', durationMinutes: 60 },
        { kind: 'system_design', title: 'System design interview (90 minutes)', durationMinutes: 90 },
      ],
    },
  ],
  'json-ld-array.html': [
    {
      title: 'Data Engineer',
      company: 'Hooli',
      location: 'London, England, GB',
      employmentType: 'contract',
      salary: { min: 550, max: 550, currency: 'GBP', period: 'day', text: null },
      url: 'https://hooli.example/jobs/data-engineer',
    },
  ],
  'microdata.html': [
    {
      extractor: 'microdata',
      title: 'QA Automation Engineer',
      company: 'Umbrella Labs',
      location: 'Toronto, ON',
      employmentType: 'part-time',
      postedAt: '2026-10-30',
    },
  ],
  'readme-list.html': [
    {
      extractor: 'readme-table',
      title: 'Staff Backend Engineer',
      company: 'Northwind',
      category: 'Backend',
      tags: ['go', 'postgres'],
      postedAt: '2026-11-21',
      url: 'https://jobs.example.com/northwind-staff-backend',
      salary: { min: 150000, max: 180000, currency: 'USD', period: 'year', text: '$150k – $180k a year.' },
      stages: [
        { kind: 'recruiter_call', title: 'Recruiter screen', durationMinutes: 45 },
        { kind: 'take_home', title: 'Take-home exercise', durationMinutes: 120 },
        { kind: 'final', title: 'Final interview with the CTO (1 hour)', durationMinutes: 60 },
      ],
    },
    {
      title: 'Platform Engineer',
      company: 'Globex',
      category: 'Backend',
      postedAt: '2026-11-17',
      tags: ['kubernetes'],
      stages: [],
    },
    { title: 'Senior Frontend Engineer', company: 'Initech', category: 'Frontend', postedAt: '2026-11-24', remote: 'remote' },
  ],
  'greenhouse.html': [
    {
      extractor: 'greenhouse',
      title: 'Backend Engineer',
      company: 'Stark Industries',
      location: 'New York, NY (Hybrid)',
      remote: 'hybrid',
      url: 'https://boards.greenhouse.io/stark/jobs/4012345006',
      salary: { min: 140000, max: 170000, currency: 'USD', period: 'year', text: '$140,000 - $170,000 USD per year' },
      stages: [
        { kind: 'recruiter_call', title: 'Recruiter phone screen (30 minutes)', durationMinutes: 30 },
        { kind: 'technical', title: 'Technical interview with two engineers (1 hour)', durationMinutes: 60 },
        { kind: 'onsite', title: 'Onsite loop (4 hours)', durationMinutes: 240 },
      ],
    },
  ],
  'lever.html': [
    {
      extractor: 'lever',
      title: 'Security Engineer',
      company: 'Wayne Enterprises',
      location: 'Gotham',
      remote: 'onsite',
      employmentType: 'full-time',
      url: 'https://jobs.lever.co/wayne/6b3e',
      applyUrl: 'https://jobs.lever.co/wayne/6b3e/apply',
    },
  ],
  'ashby.html': [
    {
      extractor: 'ashby',
      title: 'Compression Engineer',
      company: 'Pied Piper',
      location: 'Palo Alto, CA',
      stages: [
        { kind: 'recruiter_call', title: 'Intro call with our recruiter (20 min)', durationMinutes: 20 },
        { kind: 'take_home', title: 'Take-home compression challenge', durationMinutes: null },
      ],
    },
  ],
  'workable.html': [
    {
      extractor: 'workable',
      title: 'Mobile Developer',
      company: 'Cyberdyne',
      location: 'Athens, Greece',
      remote: 'remote',
      employmentType: 'full-time',
    },
  ],
  'linkedin.html': [
    { extractor: 'linkedin', title: 'Product Engineer', company: 'Soylent', location: 'Amsterdam, North Holland, Netherlands' },
  ],
  'linkedin-logged-in.html': [
    {
      extractor: 'linkedin',
      title: 'Staff Data Engineer',
      company: 'Northwind Analytics',
      location: 'Munich, Bavaria, Germany',
      remote: 'hybrid',
      employmentType: 'full-time',
      salary: { min: 85000, max: 105000, currency: 'EUR', period: 'year', text: '€85K/yr - €105K/yr' },
      postedAt: '2026-11-22',
    },
  ],
  'indeed.html': [
    {
      extractor: 'indeed',
      title: 'Customer Support Engineer',
      company: 'Vandelay Industries',
      location: 'Remote in Austin, TX',
      remote: 'remote',
      salary: { min: 30, max: 38, currency: 'USD', period: 'hour', text: '$30 - $38 an hour' },
    },
  ],
  'generic.html': [
    { extractor: 'generic', title: 'Frontend Developer', company: 'Tyrell', url: 'https://tyrell.example/careers/frontend' },
  ],
  'saved-page.mhtml': [
    {
      title: 'Data Scientist',
      company: 'Massive Dynamic',
      url: 'https://massive.example/jobs/ds',
      postedAt: '2026-11-18',
      stages: [
        { kind: 'hiring_manager', title: 'Hiring manager chat (45 min)', durationMinutes: 45 },
        { kind: 'take_home', title: 'Take-home assignment', durationMinutes: null },
        { kind: 'values', title: 'Values interview with the team (1 hour)', durationMinutes: 60 },
      ],
    },
  ],
  'windows-1252.html': [{ title: 'Développeur Backend – Café Crème' }],
  'latin1-undeclared.html': [{ title: 'Ingeniør for Blåbær' }],
  'windows-1251.html': [{ title: 'Разработчик Python' }],
  'utf16le-bom.html': [{ title: 'エンジニア Engineer' }],
  'utf16be-undeclared.html': [{ title: 'Zürich Engineer äöü' }],
};

const FAILURES: Record<string, RegExp> = {
  'binary.html': /not text/,
  'broken.mhtml': /Broken MHTML archive/,
  'empty.html': /empty/,
  'no-job.html': /^No job found in no-job\.html: it looks like a page without a job posting\.$/,
  'not-a-page.txt': /^No job found in not-a-page\.txt/,
};

describe('import fixtures', () => {
  it.each(Object.entries(EXPECTED))('%s yields the expected jobs', (name, expected) => {
    const { listings } = importFixture(name);
    expect(listings).toHaveLength(expected.length);
    expected.forEach((fields, index) => expect(listings[index]).toMatchObject(fields));
  });

  it.each(Object.entries(FAILURES))('%s fails with a specific reason', (name, reason) => {
    expect(() => importFixture(name)).toThrow(ImportFileError);
    expect(() => importFixture(name)).toThrow(reason);
  });

  it('sanitises entity-encoded JSON-LD descriptions and drops their scripts', () => {
    const [listing] = importFixture('json-ld-graph.html').listings;
    expect(listing!.descriptionHtml).toContain('<p>Join &amp; build.</p>');
    expect(listing!.descriptionHtml).not.toMatch(/script|alert/i);
    expect(listing!.descriptionText).toContain('Join & build.');
  });

  it('keeps relative links only as absolute web addresses', () => {
    const [listing] = importFixture('greenhouse.html').listings;
    expect(listing!.applyUrl).toBe('https://boards.greenhouse.io/stark/jobs/4012345006#app');
  });
});

describe('LinkedIn, logged in', () => {
  it('keeps "People you can reach out to" and the company box out of the description', () => {
    const [job] = importFixture('linkedin-logged-in.html').listings;
    expect(job!.descriptionText).toContain('Mentor four data engineers.');
    expect(job!.descriptionText).not.toMatch(/People you can reach out to|Jamie Rivera|followers/u);
  });
});

describe('a company named by the job’s address', () => {
  it('reads the employer from an applicant tracking system’s address, never a logo', async () => {
    const { companyFromJobUrl } = await import('../../../src-shared/domain/ats-company');
    expect(companyFromJobUrl('https://jobs.lever.co/iterative/8a1b')).toBe('Iterative');
    expect(companyFromJobUrl('https://jobs.ashbyhq.com/TalentDisruptors')).toBe('Talent Disruptors');
    expect(companyFromJobUrl('https://acme-robotics.bamboohr.com/careers/12')).toBe('Acme Robotics');
    expect(companyFromJobUrl('https://www.indeed.com/viewjob?jk=1')).toBeNull();
    const html =
      '<html><head><link rel="canonical" href="https://jobs.lever.co/iterative/8a1b"></head><body><div class="posting-headline"><h2>Senior Engineer</h2></div><div class="main-header-logo"><img alt="Iterative logo" src="x.png"></div><div data-qa="job-description"><p>Apply now: requirements inside.</p></div></body></html>';
    const parsed = processFile({ fileName: 'lever.html', bytes: new TextEncoder().encode(html), modifiedAt: SAVED_AT });
    expect(parsed.listings[0]!.company).toBe('Iterative');
  });
});

describe('a description saved without its page', () => {
  const parseHtmlText = (html: string) =>
    processFile({ fileName: 'fragment.html', bytes: new TextEncoder().encode(html), modifiedAt: SAVED_AT });
  const posting = (opening: string) =>
    `<div>${opening}<p>Key Responsibilities</p><ul><li>Design services.</li></ul><p>Requirements</p><ul><li>Five years of Go.</li></ul></div>`;

  it('becomes one untitled job named after the employer the text names', () => {
    const [job, ...rest] = processFile({
      fileName: 'fragment.html',
      bytes: readFileSync(sharedPath('corpus-real/linkedin/linkedin-description-fragment-wellness-coach.html')),
      modifiedAt: SAVED_AT,
    }).listings;
    expect(rest).toHaveLength(0);
    expect(job).toMatchObject({ title: '', company: 'Wellness Coach', extractor: 'description-fragment' });
    expect(job!.descriptionText).toContain('Define and evolve the overall system architecture');
    expect(parseHtmlText(posting('About Acme Robotics<br><p>We build arms.</p>')).listings[0]!.company).toBe('Acme Robotics');
    expect(parseHtmlText(posting('<p>Northwind is hiring a platform engineer.</p>')).listings[0]!.company).toBe('Northwind');
  });

  it('is not a job when it names no employer or does not read like a posting', () => {
    expect(() => parseHtmlText(posting('<p>About the role</p><p>We build arms.</p>'))).toThrow(ImportFileError);
    expect(() => parseHtmlText('<div><p>At Acme, we love cake.</p><p>About Acme</p></div>')).toThrow(ImportFileError);
  });
});
