import { all, attr, firstText, one } from '../dom';
import { emptyRawJob, type ExtractorName, type PageContext, type RawJob } from '../types';

/**
 * Known job-board and ATS page layouts, as selectors. The first selector
 * that yields text wins for each field; `detect` says whether a page is one
 * of theirs at all.
 */
interface Layout {
  name: ExtractorName;
  detect: string;
  title: string[];
  company: string[];
  location: string[];
  workplace?: string[];
  employmentType?: string[];
  salary?: string[];
  description: string[];
  apply?: string[];
  logo?: string[];
}

export const LAYOUTS: readonly Layout[] = [
  {
    name: 'greenhouse',
    detect:
      '#app_body .app-title, .job__title, #header .company-name, [data-mapped="true"] .job__location, meta[content*="greenhouse.io" i]',
    title: ['.app-title', '.job__title h1', '.job__title', 'h1.section-header'],
    company: ['.company-name', 'meta[property="og:site_name"]'],
    location: ['.location', '.job__location'],
    description: ['#content', '.job__description', '.job-post-content'],
    apply: ['a#apply_button', 'a.btn--apply'],
    logo: ['.logo img', 'img.logo'],
  },
  {
    name: 'lever',
    detect: '.posting-headline, .posting-page, [data-qa="posting-name"]',
    title: ['.posting-headline h2', '[data-qa="posting-name"]'],
    company: ['meta[property="og:site_name"]', '.main-header-logo img[alt]'],
    location: ['.posting-categories .location', '.posting-categories .sort-by-location'],
    workplace: ['.posting-categories .workplaceTypes'],
    employmentType: ['.posting-categories .commitment'],
    salary: ['.posting-salary', '[data-qa="salary-range"]'],
    description: ['[data-qa="job-description"]', '.posting-page .section-wrapper.page-full-width', '.content .section-wrapper'],
    apply: ['a.postings-btn[href*="apply"]', '[data-qa="btn-apply-bottom"] a', 'a.postings-btn'],
    logo: ['.main-header-logo img'],
  },
  {
    name: 'ashby',
    detect: '[class*="ashby-job-posting"], #root [class*="_jobPosting"], meta[content*="ashbyhq.com" i]',
    title: ['.ashby-job-posting-heading', 'h1[class*="_title"]', 'h1'],
    company: ['meta[property="og:site_name"]', 'img[class*="_navLogoWordmarkImage"][alt]'],
    location: ['[class*="_section"] [class*="_location"]', '.ashby-job-posting-left-pane [class*="location" i]'],
    employmentType: ['[class*="employmentType" i]'],
    description: [
      '.ashby-job-posting-right-pane [class*="_descriptionText"]',
      '[class*="_descriptionText"]',
      '.ashby-job-posting-right-pane',
    ],
  },
  {
    name: 'workable',
    detect: '[data-ui="job-title"], [data-ui="job-description"], meta[content*="workable.com" i]',
    title: ['[data-ui="job-title"]', 'h1'],
    company: ['[data-ui="company-name"]', 'meta[property="og:site_name"]'],
    location: ['[data-ui="job-location"]'],
    workplace: ['[data-ui="job-workplace"]', '[data-ui="job-remote"]'],
    employmentType: ['[data-ui="job-type"]'],
    salary: ['[data-ui="job-salary"]'],
    description: ['[data-ui="job-description"]', '[data-ui="job-details"]'],
  },
  {
    name: 'linkedin',
    detect: '.top-card-layout__title, .jobs-unified-top-card, .job-details-jobs-unified-top-card__job-title, .topcard__title',
    title: [
      '.top-card-layout__title',
      '.topcard__title',
      '.job-details-jobs-unified-top-card__job-title',
      '.jobs-unified-top-card__job-title',
    ],
    company: [
      '.topcard__org-name-link',
      '.top-card-layout__second-subline .topcard__flavor',
      '.job-details-jobs-unified-top-card__company-name',
      '.jobs-unified-top-card__company-name',
    ],
    location: [
      '.topcard__flavor--bullet',
      '.job-details-jobs-unified-top-card__primary-description-container .tvm__text',
      '.jobs-unified-top-card__bullet',
    ],
    workplace: ['.jobs-unified-top-card__workplace-type', '.job-details-jobs-unified-top-card__workplace-type'],
    employmentType: ['.description__job-criteria-item:nth-child(2) .description__job-criteria-text'],
    salary: ['.salary.compensation__salary', '.compensation__salary'],
    description: ['.show-more-less-html__markup', '.description__text', '#job-details', '.jobs-description__content'],
    logo: ['.top-card-layout__entity-image', '.artdeco-entity-image'],
  },
  {
    name: 'indeed',
    detect: '#jobDescriptionText, .jobsearch-JobInfoHeader-title',
    title: ['.jobsearch-JobInfoHeader-title', 'h1[data-testid="jobsearch-JobInfoHeader-title"]', 'h1'],
    company: ['[data-testid="inlineHeader-companyName"]', '[data-company-name="true"]', '.jobsearch-InlineCompanyRating div'],
    location: [
      '[data-testid="inlineHeader-companyLocation"]',
      '[data-testid="job-location"]',
      '.jobsearch-JobInfoHeader-subtitle > div:last-child',
    ],
    employmentType: ['[data-testid="jobsearch-JobInfoHeader-jobType"]', '#salaryInfoAndJobType .css-k5flys'],
    salary: [
      '#salaryInfoAndJobType span:first-child',
      '[data-testid="jobsearch-OtherJobDetailsContainer"] [data-testid*="salary"]',
    ],
    description: ['#jobDescriptionText'],
  },
  {
    // SEEK and JobStreet: the advertiser (the employer) is named apart from the platform.
    name: 'seek',
    detect: '[data-automation="job-detail-title"], [data-automation="advertiser-name"], [data-automation="jobAdDetails"]',
    title: ['[data-automation="job-detail-title"]', 'h1'],
    company: ['[data-automation="advertiser-name"]'],
    location: ['[data-automation="job-detail-location"]'],
    employmentType: ['[data-automation="job-detail-work-type"]'],
    salary: ['[data-automation="job-detail-salary"]'],
    description: ['[data-automation="jobAdDetails"]'],
  },
];

function extractLayout(layout: Layout, { document }: PageContext): RawJob[] {
  if (!one(layout.detect, document)) return [];
  const description = layout.description.map((selector) => one(selector, document)).find((element) => element !== null);
  const applyLink = (layout.apply ?? []).map((selector) => one(selector, document)).find((element) => element !== null);
  const logo = (layout.logo ?? []).map((selector) => one(selector, document)).find((element) => element !== null);
  const title = firstText(document, layout.title);
  if (!title) return [];
  return [
    {
      ...emptyRawJob(layout.name),
      title,
      company: firstText(document, layout.company) ?? attr(all('img[alt]', document)[0] ?? null, 'alt'),
      location: firstText(document, layout.location),
      workplace: layout.workplace ? firstText(document, layout.workplace) : null,
      employmentType: layout.employmentType ? firstText(document, layout.employmentType) : null,
      salaryText: layout.salary ? firstText(document, layout.salary) : null,
      applyUrl: attr(applyLink ?? null, 'href'),
      logoUrl: attr(logo ?? null, 'src'),
      description: description ? description.children : null,
    },
  ];
}

export const layoutExtractors = LAYOUTS.map((layout) => (page: PageContext) => extractLayout(layout, page));
