import { describe, expect, it } from 'vitest';
import { LAYOUTS, layoutExtractors } from '../../../../src-main/core/import/extract/layouts';
import { pageContext } from '../../../support/page-context';

/** The known boards' layouts: each field from the first selector whose text reads as that field. */
const context = pageContext;
const layout = (name: string) => layoutExtractors[LAYOUTS.findIndex((candidate) => candidate.name === name)]!;

describe('layout extractors', () => {
  it('take each of a row of buttons for the field it reads as, and leave out what is not the job', () => {
    const html = `<div class="job-details-jobs-unified-top-card__job-title"><h1>Staff Engineer</h1></div>
      <div class="job-details-jobs-unified-top-card__company-name">Hooli</div>
      <div class="job-details-jobs-unified-top-card__primary-description-container"><span class="tvm__text">Mountain View, CA</span></div>
      <div class="job-details-fit-level-preferences">
        <button>$180K/yr - $220K/yr</button><button>Remote</button><button>Full-time</button><button>Matches your job preferences, workplace type is Remote and job type is Full-time, and more besides</button>
      </div>
      <div id="job-details"><p>Build search.</p><div class="hirer-card__hirer-information"><p>Meet the hiring team</p></div></div>
      <img class="artdeco-entity-image" src="https://hooli.example/logo.png">`;
    const [job] = layout('linkedin')(context(html));
    expect(job).toMatchObject({
      source: 'linkedin',
      title: 'Staff Engineer',
      company: 'Hooli',
      location: 'Mountain View, CA',
      salaryText: '$180K/yr - $220K/yr',
      workplace: 'Remote',
      employmentType: 'Full-time',
      postedText: null,
      applyUrl: null,
      logoUrl: 'https://hooli.example/logo.png',
    });
    const description = job!.description as { type: string; name?: string; children?: unknown[] }[];
    expect(description.filter((node) => node.type === 'tag').map((node) => [node.name, node.children?.length])).toEqual([
      ['p', 1],
      ['div', 0],
    ]);
  });

  it('read the posting date only where it says so, and the apply link', () => {
    const html = `<div class="posting-headline"><h2>Designer</h2></div>
      <div class="posting-categories"><span class="location">Lisbon</span><span class="commitment">Contract</span><span class="workplaceTypes">On-site</span></div>
      <div class="posting-salary">Competitive</div>
      <div data-qa="job-description"><p>Design.</p></div>
      <a class="postings-btn" href="https://jobs.lever.co/x/apply">Apply for this job</a>`;
    expect(layout('lever')(context(html))[0]).toMatchObject({
      title: 'Designer',
      location: 'Lisbon',
      employmentType: 'Contract',
      workplace: 'On-site',
      salaryText: null,
      applyUrl: 'https://jobs.lever.co/x/apply',
    });
    const posted = `<div class="job-details-jobs-unified-top-card__job-title">Dev</div>
      <div class="job-details-jobs-unified-top-card__tertiary-description-container"><span class="tvm__text">Berlin</span><span class="tvm__text">Reposted 2 weeks ago</span></div>`;
    expect(layout('linkedin')(context(posted))[0]).toMatchObject({ location: 'Berlin', postedText: 'Reposted 2 weeks ago' });
  });

  it('find nothing on another site’s page, or on theirs without a title', () => {
    expect(layout('greenhouse')(context('<h1>Engineer</h1>'))).toEqual([]);
    expect(layout('workable')(context('<div data-ui="job-description"><p>Text</p></div>'))).toEqual([]);
    expect(layout('workable')(context('<h1 data-ui="job-title">QA</h1>'))[0]).toMatchObject({ title: 'QA', description: null });
  });
});
