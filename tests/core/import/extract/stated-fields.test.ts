import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../../src-main/core/import/dom';
import { statedFields } from '../../../../src-main/core/import/extract/stated-fields';
import { emptyRawJob } from '../../../../src-main/core/import/types';

/** Facts a page states outside any known layout, read for the job an extractor found on it. */
function stated(body: string, description = '') {
  const document = parseHtml(`<html><body>${body}</body></html>`);
  const job = { ...emptyRawJob('generic'), title: 'Engineer', description: description ? parseHtml(description).children : null };
  return statedFields({ document, source: body, pageUrl: null, savedAt: new Date() }, job);
}

describe('statedFields', () => {
  it('reads "Label: value" lines in the description, and definition lists on the page', () => {
    expect(
      stated(
        '<dl><dt>Company:</dt><dd>Acme GmbH</dd><dt>Standort</dt><!-- --><dd> Berlin </dd><dt>Note</dt><dd>ignored</dd><dt>Gehalt</dt><dt>orphan</dt></dl>',
        '<p>Salary: €60,000 – €70,000</p><p>Job type: Full-time</p><p>Work model: Hybrid</p><p>Company: Not this one</p>',
      ),
    ).toEqual({
      ...emptyRawJob('generic'),
      company: 'Acme GmbH',
      location: 'Berlin',
      salaryText: '€60,000 – €70,000',
      employmentType: 'Full-time',
      workplace: 'Hybrid',
    });
  });

  it('reads elements named for the employment type or the workplace, when their words say so', () => {
    expect(
      stated('<span class="lbl_fulltime">Full time</span><div data-testid="workplace-type">Fully remote</div>'),
    ).toMatchObject({
      employmentType: 'Full time',
      workplace: 'Fully remote',
    });
    expect(
      stated(
        '<span class="job-type">Engineering jobs in Berlin</span><div class="remote-banner">Remote jobs in Berlin and beyond</div>',
      ),
    ).toMatchObject({ employmentType: null, workplace: null });
    expect(stated(`<span class="employment">Full-time ${'and more '.repeat(6)}</span>`).employmentType).toBeNull();
  });

  it('prefers what is written as a label to what an element is named', () => {
    expect(stated('<span class="workplace">On-site</span>', '<p>Workplace: Remote</p>').workplace).toBe('Remote');
  });

  it('reads a page without a body, and a job whose description is text', () => {
    const document = parseHtml('<dl><dt>Location</dt><dd>Paris</dd></dl>');
    const job = { ...emptyRawJob('json-ld'), description: '<p>Company: Acme</p>' };
    expect(statedFields({ document, source: '', pageUrl: null, savedAt: new Date() }, job)).toMatchObject({
      source: 'json-ld',
      location: 'Paris',
      company: null,
    });
  });
});
