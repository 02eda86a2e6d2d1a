import { parseSalaryText } from '../../../../src-shared/domain/salary';
import { employmentType, remotePolicy } from '../../../../src-shared/domain/workplace';
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
  posted?: string[];
  description: string[];
  /** Elements that are not part of the job's description (LinkedIn's "People you can reach out to"). */
  notDescription?: string;
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
    company: ['meta[property="og:site_name"]'],
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
      '.job-details-jobs-unified-top-card__tertiary-description-container .tvm__text:first-child',
      '.job-details-jobs-unified-top-card__primary-description-container .tvm__text',
      '.jobs-unified-top-card__bullet',
    ],
    // Logged in, LinkedIn shows salary, workplace and type as a row of buttons: each field takes the one that reads as it.
    workplace: [
      '.jobs-unified-top-card__workplace-type',
      '.job-details-jobs-unified-top-card__workplace-type',
      '.job-details-fit-level-preferences button',
      '.job-details-jobs-unified-top-card__job-insight span',
    ],
    employmentType: [
      '.description__job-criteria-item:nth-child(2) .description__job-criteria-text',
      '.job-details-fit-level-preferences button',
      '.job-details-jobs-unified-top-card__job-insight span',
    ],
    salary: ['.salary.compensation__salary', '.compensation__salary', '.job-details-fit-level-preferences button'],
    posted: [
      '.job-details-jobs-unified-top-card__tertiary-description-container .tvm__text',
      '.job-details-jobs-unified-top-card__primary-description-container .tvm__text',
    ],
    notDescription: '[class*="people-who-can-help"], .hirer-card__hirer-information, .jobs-company__box',
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

const isWorkplace = (text: string) => text.length <= 40 && remotePolicy([text], null) !== null;
const isEmploymentType = (text: string) => text.length <= 40 && employmentType(text) !== null;
const isSalary = (text: string) => text.length <= 120 && parseSalaryText(text) !== null;
const isPosted = (text: string) => /\b(ago|today|yesterday|posted|reposted)\b/iu.test(text);

function extractLayout(layout: Layout, { document }: PageContext): RawJob[] {
  if (!one(layout.detect, document)) return [];
  const description = layout.description.map((selector) => one(selector, document)).find((element) => element !== null);
  if (description && layout.notDescription) {
    for (const aside of all(layout.notDescription, description)) aside.children = [];
  }
  const applyLink = (layout.apply ?? []).map((selector) => one(selector, document)).find((element) => element !== null);
  const logo = (layout.logo ?? []).map((selector) => one(selector, document)).find((element) => element !== null);
  const title = firstText(document, layout.title);
  if (!title) return [];
  return [
    {
      ...emptyRawJob(layout.name),
      title,
      // Never a logo's alt text ("Iterative logo"): without a named company the page's address decides.
      company: firstText(document, layout.company),
      location: firstText(document, layout.location),
      workplace: layout.workplace ? firstText(document, layout.workplace, isWorkplace) : null,
      employmentType: layout.employmentType ? firstText(document, layout.employmentType, isEmploymentType) : null,
      salaryText: layout.salary ? firstText(document, layout.salary, isSalary) : null,
      postedText: layout.posted ? firstText(document, layout.posted, isPosted) : null,
      applyUrl: attr(applyLink ?? null, 'href'),
      logoUrl: attr(logo ?? null, 'src'),
      description: description ? description.children : null,
    },
  ];
}

export const layoutExtractors = LAYOUTS.map((layout) => (page: PageContext) => extractLayout(layout, page));
