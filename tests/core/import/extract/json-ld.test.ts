import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../../src-main/core/import/dom';
import { extractJsonLd } from '../../../../src-main/core/import/extract/json-ld';
import type { RawJob } from '../../../../src-main/core/import/types';

/** schema.org JobPosting as pages really ship it: arrays, @graph, loose types, broken scripts. */
function postingsIn(...scripts: string[]): RawJob[] {
  const html = scripts.map((script) => `<script type="application/ld+json">${script}</script>`).join('');
  return extractJsonLd({
    document: parseHtml(`<html><head>${html}</head></html>`),
    source: html,
    pageUrl: null,
    savedAt: new Date(),
  });
}
const posting = (fields: Record<string, unknown>) =>
  JSON.stringify({ '@context': 'https://schema.org', '@type': 'JobPosting', ...fields });
const only = (fields: Record<string, unknown>) => {
  const found = postingsIn(posting(fields));
  expect(found).toHaveLength(1);
  return found[0]!;
};

describe('finding postings', () => {
  it('finds them in arrays, in @graph, under any type spelling, and skips other things and broken scripts', () => {
    const graph = JSON.stringify({
      '@graph': [
        { '@type': 'Organization', name: 'Acme' },
        { '@type': ['Thing', 'http://schema.org/JobPosting'], title: 'In a graph' },
        [{ '@type': 'schema:JobPosting', title: 'Nested array' }],
      ],
    });
    const list = JSON.stringify([{ '@type': 'JobPosting', title: 'In a list' }, 'stray', null, { '@type': 'WebPage' }]);
    expect(postingsIn(graph, list, '{ not json', posting({ title: 'Plain' })).map((found) => found.title)).toEqual([
      'In a graph',
      'Nested array',
      'In a list',
      'Plain',
    ]);
    expect(postingsIn(JSON.stringify({ '@type': 'JobPostingDraft', title: 'No' }), JSON.stringify({ title: 'Untyped' }))).toEqual(
      [],
    );
  });

  it('reads scripts wrapped in comments or CDATA, with trailing commas and raw newlines in strings', () => {
    const wrapped = [
      `<!-- ${posting({ title: 'Commented' })} -->`,
      `//<![CDATA[\n${posting({ title: 'Scripted CDATA' })}\n//]]>`,
      `<![CDATA[${posting({ title: 'Bare CDATA' })}]]>`,
      '{"@type": "JobPosting", "title": "Loose", "skills": ["Go", "Rust",],}',
      '{"@type": "JobPosting", "title": "Two\nlines"}',
    ];
    expect(postingsIn(...wrapped).map((found) => found.title)).toEqual([
      'Commented',
      'Scripted CDATA',
      'Bare CDATA',
      'Loose',
      'Two lines',
    ]);
    expect(postingsIn(wrapped[3]!)[0]!.tags).toEqual(['Go', 'Rust']);
  });

  it('unwraps only a wrapper around the whole script, however it is spaced, and leaves the same marks inside strings alone', () => {
    const spaced = [
      `\n  <!-- ${posting({ title: 'Indented comment' })} -->  \n`,
      `// <![CDATA[\n${posting({ title: 'Spaced CDATA' })}\n// ]]>`,
    ];
    expect(postingsIn(...spaced).map((found) => found.title)).toEqual(['Indented comment', 'Spaced CDATA']);
    expect(only({ title: 'T', description: 'a <!-- b --> c ]]>' }).description).toBe('a <!-- b --> c ]]>');
    expect(postingsIn('{"@type": "JobPosting", "title": "Two\n\tlines",}')[0]!.title).toBe('Two lines');
  });

  it('passes over type entries that are not names', () => {
    expect(postingsIn(JSON.stringify({ '@type': [5, null, 'JobPosting'], title: 'Typed' })).map((found) => found.title)).toEqual([
      'Typed',
    ]);
  });
});

describe('reading a posting', () => {
  it('reads every field a reader sees', () => {
    expect(
      only({
        title: '  Senior Engineer ',
        hiringOrganization: { '@type': 'Organization', name: 'Acme', logo: { url: 'https://acme.example/logo.png' } },
        jobLocation: { address: { addressLocality: 'Lisbon', addressRegion: 'Lisbon', addressCountry: 'PT' } },
        jobLocationType: 'TELECOMMUTE',
        employmentType: ['FULL_TIME', 'CONTRACTOR'],
        baseSalary: { currency: 'EUR', value: { minValue: '70,000', maxValue: 90000, unitText: 'YEAR' } },
        skills: 'Go, Kubernetes',
        keywords: [{ name: 'Terraform' }, 'x'.repeat(41)],
        datePosted: '2026-11-02',
        url: 'https://acme.example/jobs/42',
        sameAs: 'https://apply.acme.example/42',
        occupationalCategory: 'Engineering',
        description: '<p>Build things.</p>',
      }),
    ).toEqual({
      source: 'json-ld',
      title: 'Senior Engineer',
      company: 'Acme',
      location: 'Lisbon, PT',
      workplace: 'TELECOMMUTE',
      employmentType: 'FULL_TIME, CONTRACTOR',
      salaryText: null,
      salary: { min: 70_000, max: 90_000, currency: 'EUR', unit: 'YEAR' },
      tags: ['Go', 'Kubernetes', 'Terraform'],
      postedText: '2026-11-02',
      url: 'https://acme.example/jobs/42',
      applyUrl: 'https://apply.acme.example/42',
      category: 'Engineering',
      logoUrl: 'https://acme.example/logo.png',
      description: '<p>Build things.</p>',
    });
  });

  it('falls back to the name, a company given as text, and a logo given as text', () => {
    expect(only({ name: 'Named', hiringOrganization: 'Initech', industry: 'Finance' })).toMatchObject({
      title: 'Named',
      company: 'Initech',
      category: 'Finance',
      logoUrl: null,
    });
    expect(only({ title: 'T', hiringOrganization: { name: 'A', logo: 'https://a.example/l.png' } }).logoUrl).toBe(
      'https://a.example/l.png',
    );
    expect(only({ title: 'T', hiringOrganization: { name: 'A', logo: { contentUrl: 'https://a.example/c.png' } } }).logoUrl).toBe(
      'https://a.example/c.png',
    );
    expect(only({ title: { '@value': 'Valued' } }).title).toBe('Valued');
    expect(only({ title: 42 }).title).toBe('42');
    expect(only({ title: '   ' }).title).toBeNull();
    expect(only({ title: true }).title).toBeNull();
  });

  it('keeps no apply link for a posting one applies to on the page itself', () => {
    expect(only({ title: 'T', applyUrl: 'https://a.example/apply', directApply: { value: true } }).applyUrl).toBeNull();
    expect(only({ title: 'T', applyUrl: 'https://a.example/apply', directApply: true }).applyUrl).toBe('https://a.example/apply');
  });

  it('reads places in their forms, each once, and the applicant’s required place without one', () => {
    const place = (address: Record<string, string> | undefined, name?: string) => ({ '@type': 'Place', address, name });
    expect(
      only({
        title: 'T',
        jobLocation: [
          place({ addressLocality: 'Berlin', addressCountry: 'DE' }),
          place({ addressLocality: 'Berlin', addressCountry: 'DE' }),
          place(undefined, 'Head office'),
          place({ name: 'Campus' }),
          'Remote, EU',
          place({ addressLocality: 'Singapore', addressCountry: 'Singapore' }),
        ],
      }).location,
    ).toBe('Berlin, DE; Head office; Campus; Remote, EU; Singapore');
    expect(
      only({ title: 'T', applicantLocationRequirements: [{ '@type': 'Country', name: 'USA' }, { name: 'Canada' }] }).location,
    ).toBe('USA; Canada');
    expect(only({ title: 'T', jobLocation: [{}] }).location).toBeNull();
    expect(only({ title: 'T', applicantLocationRequirements: [{ '@type': 'Country' }] }).location).toBeNull();
  });

  it('reads a salary as a range, one figure, or an estimate, and none without a figure', () => {
    expect(only({ title: 'T', baseSalary: { currency: 'USD', value: { value: 50, unitText: 'HOUR' } } }).salary).toEqual({
      min: 50,
      max: 50,
      currency: 'USD',
      unit: 'HOUR',
    });
    expect(only({ title: 'T', baseSalary: { value: '120 000', currency: 'CHF', unitText: 'YEAR' } }).salary).toEqual({
      min: 120_000,
      max: 120_000,
      currency: 'CHF',
      unit: 'YEAR',
    });
    expect(only({ title: 'T', estimatedSalary: { value: { minValue: 1, currency: 'GBP' } } }).salary).toEqual({
      min: 1,
      max: null,
      currency: 'GBP',
      unit: null,
    });
    expect(only({ title: 'T', baseSalary: { currency: 'USD', value: { value: 'competitive' } } }).salary).toBeNull();
    expect(only({ title: 'T', baseSalary: 'competitive' }).salary).toBeNull();
    expect(only({ title: 'T', baseSalary: { currency: 'EUR', value: { maxValue: 90_000 } } }).salary).toEqual({
      min: null,
      max: 90_000,
      currency: 'EUR',
      unit: null,
    });
  });

  it('joins a list of values, objects named or valued, and keeps skills of up to 40 characters', () => {
    const found = only({
      title: 'T',
      employmentType: ['FULL_TIME', ' ', { '@value': 'PART_TIME' }],
      skills: ['x'.repeat(40), 'y'.repeat(41)],
    });
    expect(found.employmentType).toBe('FULL_TIME, PART_TIME');
    expect(found.tags).toEqual(['x'.repeat(40)]);
  });
});
