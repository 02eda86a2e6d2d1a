import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../../src-main/core/import/dom';
import { extractMicrodata } from '../../../../src-main/core/import/extract/microdata';

/** schema.org JobPosting marked up with itemscope and itemprop, as the microdata spec reads values. */
const postingsIn = (body: string) =>
  extractMicrodata({
    document: parseHtml(`<html><body>${body}</body></html>`),
    source: body,
    pageUrl: null,
    savedAt: new Date(),
  });
const scope = (inner: string) => `<div itemscope itemtype="https://schema.org/JobPosting">${inner}</div>`;

describe('extractMicrodata', () => {
  it('reads each field from the attribute the spec names, else the text', () => {
    const [job] = postingsIn(
      scope(`
      <h1 itemprop="title"> Data Engineer </h1>
      <div itemprop="hiringOrganization" itemscope><span itemprop="name">Acme</span><img itemprop="logo" src=" https://acme.example/l.png "></div>
      <div itemprop="jobLocation" itemscope><span itemprop="addressLocality">Porto</span><span itemprop="addressCountry">PT</span></div>
      <meta itemprop="jobLocationType" content="TELECOMMUTE">
      <span itemprop="employmentType">Full-time</span>
      <time itemprop="datePosted" datetime="2026-11-20">last week</time>
      <a itemprop="url" href="https://acme.example/jobs/9">link</a>
      <span itemprop="industry">Software</span>
      <div itemprop="description"><p>Pipelines.</p></div>`),
    );
    expect(job).toMatchObject({
      source: 'microdata',
      title: 'Data Engineer',
      company: 'Acme',
      logoUrl: 'https://acme.example/l.png',
      location: 'Porto, PT',
      workplace: 'TELECOMMUTE',
      employmentType: 'Full-time',
      postedText: '2026-11-20',
      url: 'https://acme.example/jobs/9',
      category: 'Software',
      salary: null,
      salaryText: null,
    });
    expect(Array.isArray(job!.description) && job!.description.length).toBe(1);
  });

  it('reads an organisation or place given as text, and prefers the occupational category', () => {
    const [job] = postingsIn(
      scope(
        '<span itemprop="title">Dev</span><span itemprop="hiringOrganization">Initech</span><span itemprop="jobLocation">Austin, TX</span><span itemprop="occupationalCategory">Engineering</span><span itemprop="industry">Banking</span>',
      ),
    );
    expect(job).toMatchObject({
      company: 'Initech',
      location: 'Austin, TX',
      category: 'Engineering',
      logoUrl: null,
      description: null,
    });
  });

  it('reads a salary range or single figure as numbers, and no figure as none (never zero)', () => {
    const salary = (inner: string) =>
      postingsIn(scope(`<span itemprop="title">Dev</span><div itemprop="baseSalary" itemscope>${inner}</div>`))[0]!;
    expect(
      salary(
        '<meta itemprop="currency" content="EUR"><span itemprop="minValue">60,000</span>–<span itemprop="maxValue">70 000</span><meta itemprop="unitText" content="YEAR">',
      ),
    ).toMatchObject({ salary: { min: 60_000, max: 70_000, currency: 'EUR', unit: 'YEAR' }, salaryText: '60,000–70 000' });
    expect(salary('<span itemprop="value">45</span>').salary).toEqual({ min: 45, max: 45, currency: null, unit: null });
    expect(salary('<span itemprop="maxValue">90000</span>').salary).toEqual({
      min: null,
      max: 90_000,
      currency: null,
      unit: null,
    });
    expect(salary('<span itemprop="value">competitive</span>')).toMatchObject({ salary: null, salaryText: 'competitive' });
    expect(salary('<span itemprop="value"> </span>').salary).toBeNull();
  });

  it('finds every posting on the page, and nothing outside a JobPosting scope', () => {
    const page = `${scope('<span itemprop="title">One</span>')}<div itemscope itemtype="http://SCHEMA.org/JobPosting"><span itemprop="title">Two</span></div><div itemscope itemtype="https://schema.org/Event"><span itemprop="title">Party</span></div>`;
    expect(postingsIn(page).map((job) => job.title)).toEqual(['One', 'Two']);
  });
});
