import { labelledFields } from '../../../../src-shared/domain/labelled-fields';
import { employmentType } from '../../../../src-shared/domain/workplace';
import { all, blockLines, isTag, lineText, namedElement, one, type Element } from '../dom';
import { emptyRawJob, type PageContext, type RawJob } from '../types';

const NAMED_FIELDS = {
  employmentType: /job-?type|employment|fulltime|full-time|parttime|contract-?type|work-?type|commitment/iu,
  workplace: /workplace|remote|work-?model|arrangement/iu,
};

/**
 * Facts the page states without a known layout: "Label: value" lines and
 * definition lists in the description, and elements named for the field
 * ("lbl_fulltime"), each kept only when its value reads as that field.
 */
export function statedFields(page: PageContext, job: RawJob): RawJob {
  const body = one('body', page.document) ?? page.document;
  const pairs = all('dt', body).flatMap((term): [string, string][] => {
    const value = lineText(nextElement(term, 'dd'));
    const label = lineText(term);
    return label && value ? [[label, value]] : [];
  });
  const description = Array.isArray(job.description) ? job.description : [];
  const lines = description.flatMap((node) => blockLines(node));
  const labelled = labelledFields(lines, pairs);
  const named = (pattern: RegExp) => lineText(namedElement(body as Element, pattern));
  const namedType = named(NAMED_FIELDS.employmentType);
  const namedWorkplace = named(NAMED_FIELDS.workplace);
  return {
    ...emptyRawJob(job.source),
    company: labelled.company,
    location: labelled.location,
    salaryText: labelled.salaryText,
    employmentType:
      labelled.employmentType ?? (namedType && namedType.length <= 40 && employmentType(namedType) ? namedType : null),
    workplace: labelled.workplace ?? (namedWorkplace && WORKPLACE_WORDS.test(namedWorkplace) ? namedWorkplace : null),
  };
}

/** A named element says how the job is worked only in so many words ("Hybrid work"), not "Remote jobs in Berlin". */
const WORKPLACE_WORDS = /^(fully |100% )?(remote|hybrid|on-?site|in[- ]office)( work(ing)?| job)?$/iu;

function nextElement(element: Element, name: string): Element | null {
  for (let sibling = element.next; sibling; sibling = sibling.next) {
    if (isTag(sibling)) return sibling.name === name ? sibling : null;
  }
  return null;
}
