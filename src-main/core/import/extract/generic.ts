import { all, firstText, lineText, metaContent, one } from '../dom';
import { looksLikeJobTitle } from '../../../../src-shared/domain/headline';
import { emptyRawJob, type PageContext, type RawJob } from '../types';

/** "Senior Engineer at Acme", "Senior Engineer - Acme", "Acme | Senior Engineer": split a page title. */
export function splitTitle(pageTitle: string, siteName: string | null): { title: string; company: string | null } {
  const at = pageTitle.match(/^(.+?)\s+(?:at|@)\s+(.+?)(?:\s+[|\-–—]\s+.*)?$/iu);
  if (at) return { title: at[1]!.trim(), company: at[2]!.trim() };
  const parts = pageTitle
    .split(/\s+[|\-–—·]\s+/u)
    .map((part) => part.trim())
    .filter(Boolean);
  if (parts.length >= 2) {
    if (siteName && parts[0]!.toLowerCase() === siteName.toLowerCase()) return { title: parts[1]!, company: siteName };
    return { title: parts[0]!, company: siteName ?? parts[1]! };
  }
  return { title: pageTitle, company: siteName };
}

/** The last resort: OpenGraph, the page title and h1, and the main content as the description. */
export function extractGeneric({ document }: PageContext): RawJob[] {
  const siteName = metaContent(document, 'og:site_name');
  const heading = firstText(document, ['main h1', 'article h1', 'h1']);
  const pageTitle = metaContent(document, 'og:title') ?? firstText(document, ['title']);
  const split = pageTitle ? splitTitle(pageTitle, siteName) : null;
  const title = heading ?? split?.title ?? null;
  if (!title) return [];
  const main = one('main, [role="main"], article', document) ?? one('body', document);
  return [
    {
      ...emptyRawJob('generic'),
      title,
      company: split?.company ?? siteName,
      url: metaContent(document, 'og:url'),
      logoUrl: metaContent(document, 'og:image'),
      postedText:
        all('time, p, span, div, li', main ?? document)
          .map(lineText)
          .find(
            (text) => !!text && text.length < 80 && /\b(posted|published|listed)\b.*\b(ago|today|yesterday|\d{4})\b/iu.test(text),
          ) ?? null,
      description: main ? main.children : (metaContent(document, 'og:description') ?? metaContent(document, 'description')),
    },
  ];
}

/** Words a job posting uses and an article or a search page rarely does, in the languages Quarry reads. */
const JOB_WORDS =
  /\b(apply( now| for this job)?|job description|responsibilities|requirements|qualifications|what you('| wi)ll do|about the role|we('| a)re hiring|(we('| a)re|we are) (seeking|looking for)|ideal candidate|required skills|nice to have|what we offer|full[- ]time|part[- ]time|salary|bewerben|aufgaben|anforderungen|postuler|profil recherché|postularse|requisitos|responsabilidades|candidati|requisiti|candidatar|vacature|sollicit)/giu;

export function countJobWords(text: string): number {
  return (text.match(JOB_WORDS) ?? []).length;
}

/**
 * Whether a page found only by its title reads like a job posting: its title
 * names a job, or its text uses a posting's words. An article needs the words
 * either way ("How I became an engineer" is not a job).
 */
export function hasJobEvidence({ document }: PageContext, job: RawJob): boolean {
  const body = one('body', document) ?? document;
  const hits = countJobWords((lineText(body) ?? '').slice(0, 200_000));
  const article = metaContent(document, 'og:type') === 'article' || one('article', document) !== null;
  return hits >= 2 || (!article && looksLikeJobTitle(job.title));
}
