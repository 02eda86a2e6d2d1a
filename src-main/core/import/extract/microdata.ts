import { all, attr, lineText, type Element } from '../dom';
import { emptyRawJob, type PageContext, type RawJob } from '../types';

/** The value of an itemprop, as the microdata spec reads it. */
function propValue(element: Element): string | null {
  for (const name of ['content', 'datetime', 'href', 'src']) {
    const value = attr(element, name);
    if (value) return value.trim();
  }
  return lineText(element);
}

function findProp(scope: Element, name: string): Element | null {
  return all(`[itemprop~="${name}"]`, scope)[0] ?? null;
}

function prop(scope: Element, name: string): string | null {
  const element = findProp(scope, name);
  return element ? propValue(element) : null;
}

/** A salary figure as pages write it ("90,000", "90 000"); null when absent or not a number (never 0 for absent). */
function figure(value: string | null): number | null {
  if (value === null) return null;
  const parsed = Number(value.replace(/[,\s]/gu, ''));
  return value.trim() !== '' && Number.isFinite(parsed) ? parsed : null;
}

/** schema.org JobPosting marked up with microdata (itemscope / itemprop). */
export function extractMicrodata({ document }: PageContext): RawJob[] {
  return all('[itemscope][itemtype*="schema.org/JobPosting" i]', document).map((posting) => {
    const organization = findProp(posting, 'hiringOrganization');
    const place = findProp(posting, 'jobLocation');
    const description = findProp(posting, 'description');
    const salaryScope = findProp(posting, 'baseSalary');
    const min = salaryScope ? figure(prop(salaryScope, 'minValue') ?? prop(salaryScope, 'value')) : null;
    const max = salaryScope ? figure(prop(salaryScope, 'maxValue') ?? prop(salaryScope, 'value')) : null;
    return {
      ...emptyRawJob('microdata'),
      title: prop(posting, 'title'),
      company: organization ? (prop(organization, 'name') ?? propValue(organization)) : null,
      location: place
        ? [prop(place, 'addressLocality'), prop(place, 'addressRegion'), prop(place, 'addressCountry')]
            .filter(Boolean)
            .join(', ') || propValue(place)
        : null,
      workplace: prop(posting, 'jobLocationType'),
      employmentType: prop(posting, 'employmentType'),
      salary:
        salaryScope && (min !== null || max !== null)
          ? { min, max, currency: prop(salaryScope, 'currency'), unit: prop(salaryScope, 'unitText') }
          : null,
      salaryText: salaryScope ? lineText(salaryScope) : null,
      postedText: prop(posting, 'datePosted'),
      url: prop(posting, 'url'),
      category: prop(posting, 'occupationalCategory') ?? prop(posting, 'industry'),
      logoUrl: organization ? prop(organization, 'logo') : null,
      description: description ? description.children : null,
    };
  });
}
