import { blockLines, one } from '../dom';
import { emptyRawJob, type PageContext, type RawJob } from '../types';
import { countJobWords } from './generic';

/** A name as a posting writes it: capitalised words, digits, "&", dots and apostrophes; at most six words. */
const NAME = String.raw`(\p{Lu}[\p{L}\p{N}&.'’-]*(?:\s+[\p{Lu}\p{N}&][\p{L}\p{N}&.'’-]*){0,5})`;

/** "At Acme, we…", "At Acme we're…", "Bei Acme sind wir…", "Chez Acme, nous…": the employer speaking. */
const AT_EMPLOYER = new RegExp(String.raw`(?:^|[.!?]\s+|\s)(?:At|Bei|Chez|En)\s+${NAME}\s*,?\s+(?:we|our|nous|wir)\b`, 'u');
/** "Acme is hiring", "Acme is looking for", "Join Acme". */
const EMPLOYER_HIRING = new RegExp(String.raw`(?:\bJoin\s+${NAME}\b|${NAME}\s+is\s+(?:hiring|looking for|seeking))`, 'u');
/** "About Acme" as a heading; "About the role", "About you" are not names. */
const ABOUT_HEADING = new RegExp(String.raw`^About\s+${NAME}$`, 'u');
const NOT_A_NAME = /^(the|this|us|you|our|your|we|a|an|role|job|team|company|position|opportunity)\b/iu;

/** The first line that is "About <name>" on its own. */
function employerFromHeading(lines: string[]): string | null {
  for (const line of lines) {
    const name = line.length <= 70 ? line.match(ABOUT_HEADING)?.[1] : undefined;
    if (name && !NOT_A_NAME.test(name)) return name;
  }
  return null;
}

function employerFromSentences(text: string): string | null {
  for (const pattern of [AT_EMPLOYER, EMPLOYER_HIRING]) {
    const match = text.match(pattern);
    // A name ends where its sentence does: "Join Pied Piper. Requirements…" names Pied Piper.
    const name = match
      ?.slice(1)
      .find(Boolean)
      ?.replace(/[.!?]\s.*$/su, '');
    if (name && !NOT_A_NAME.test(name)) return name;
  }
  return null;
}

/**
 * A job description copied or saved on its own, without the page around it:
 * no title anywhere, so the job is kept untitled rather than named after a
 * guess. Taken only when the text reads like a posting and names its employer
 * ("About Acme", "At Acme, we…"); anything less is not worth a card.
 */
export function extractDescriptionFragment(page: PageContext): RawJob[] {
  const { document } = page;
  const body = one('body', document) ?? document;
  const lines = blockLines(body);
  const text = lines.join('\n').slice(0, 200_000);
  if (countJobWords(text) < 2) return [];
  const company = employerFromSentences(text) ?? employerFromHeading(lines);
  if (!company) return [];
  const main = one('main, [role="main"], article', document) ?? one('body', document);
  return [{ ...emptyRawJob('description-fragment'), company, description: (main ?? document).children }];
}
