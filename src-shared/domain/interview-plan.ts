import type { StageKind } from './job';

export interface PlannedStage {
  kind: StageKind;
  title: string;
  durationMinutes: number | null;
}

/** Headings that introduce an interview process. */
export const INTERVIEW_SECTION =
  /\b(interview(ing)? (process|stages|steps|loop|plan)|our (hiring|recruitment|recruiting|selection) process|hiring (process|journey|steps)|recruitment (process|stages)|selection process|what to expect|how (we|you'll|you will) (hire|interview)|the process)\b/iu;

/** Checked in order: the most specific kinds first ("final stage values interview" is a values interview). */
const KIND_RULES: [RegExp, StageKind][] = [
  [/take[- ]home|home (assignment|task|exercise)|cod(e|ing) (challenge|assignment|exercise|test)|assignment/iu, 'take_home'],
  [/pair(ing)?[- ]?programming|\bpairing\b|pair with/iu, 'pair_programming'],
  [/system(s)? design|architecture (interview|discussion|session)/iu, 'system_design'],
  [/values|culture|cultural|behaviou?ral|team fit/iu, 'values'],
  [/talent|recruit|people partner|\bhr\b|screen(ing)?|intro(ductory)? call|phone call/iu, 'recruiter_call'],
  [/hiring manager|engineering manager|\bmanager\b|team lead/iu, 'hiring_manager'],
  [/on-?site|in[- ]person|office visit|super ?day/iu, 'onsite'],
  [/offer/iu, 'offer_call'],
  [/\bfinal\b/iu, 'final'],
  [/technical|coding|code review|live cod|tech(nical)? (interview|screen)|algorithm/iu, 'technical'],
];

const DURATION = /(\d+(?:\.\d+)?)\s*(?:-|–|to)?\s*(?:\d+(?:\.\d+)?\s*)?[-\s]?(minutes?|mins?|hours?|hrs?|h)\b/iu;

export function stageKind(step: string): StageKind {
  return KIND_RULES.find(([pattern]) => pattern.test(step))?.[1] ?? 'other';
}

export function stageDuration(step: string): number | null {
  const match = step.match(DURATION);
  if (!match) return null;
  const amount = Number(match[1]);
  return Math.round(/^h/iu.test(match[2]!) ? amount * 60 : amount);
}

/** "30 minute call with a Talent Partner" -> "Call with a Talent Partner". */
export function stageTitle(step: string): string {
  const withoutDuration = step
    .replace(/^\s*(\d+[.)]|[-•*–]|step \d+:?)\s*/iu, '')
    .replace(new RegExp(`^(an?\\s+)?${DURATION.source}\\s*(long\\s+)?`, 'iu'), '')
    .replace(/\s*\(\s*\)\s*/gu, ' ')
    .replace(/[.;:,]+$/u, '')
    .trim();
  const title = withoutDuration || step.trim();
  return title.charAt(0).toUpperCase() + title.slice(1);
}

/** Turns the steps listed under an interview-process heading into planned stages, in order. */
export function planFromSteps(steps: readonly string[]): PlannedStage[] {
  return steps
    .map((step) => step.replace(/\s+/gu, ' ').trim())
    .filter((step) => step.length >= 3 && step.length <= 300)
    .map((step) => ({ kind: stageKind(step), title: stageTitle(step), durationMinutes: stageDuration(step) }));
}

/** Words that name a step of a hiring process; "fast", "deliberate" or a link are not steps. */
const STEP_NOUN =
  /\b(interview|call|screen(ing)?|test|challenge|assignment|chat|conversation|meeting|review|round|exercise|task|session|pairing|presentation|trial|check|on-?site|take[- ]home|loop)s?\b/iu;
const PROCESS_CUE =
  /\b(?:interview(?:ing)?|hiring|recruit(?:ment|ing)|selection) process\b[^.:]*?\b(?:starts with|begins with|consists of|includes|involves|is|will be|looks like)\b\s*:?\s*([^.]+)/iu;
const COUNTED_STEP =
  /\bthere(?:'s|’s| is| are| will be)\s+(?:only\s+)?(a|an|one|1|two|2|three|3)\s+((?:[\w-]+\s+){0,2}interviews?|(?:[\w-]+\s+){0,2}(?:calls?|rounds?))\b/iu;
const COUNTS: Record<string, number> = { a: 1, an: 1, one: 1, '1': 1, two: 2, '2': 2, three: 3, '3': 3 };

/**
 * A process written as a sentence, where no heading introduces one: "Our
 * interview process starts with recruiter screening, code test, followed by
 * interviews based on role", "There's 1 technical interview". Only parts that
 * name a step count, so "Our interview process is fast" plans nothing.
 */
export function stepsFromSentences(text: string | null): string[] {
  if (!text) return [];
  const listed = text.match(PROCESS_CUE)?.[1];
  if (listed) {
    const steps = listed
      .split(/,\s*(?:and\s+|then\s+|followed by\s+)?|\s+(?:then|followed by|and then|and finally|and)\s+/iu)
      .map((step) => step.replace(/^(?:a|an|the|then|finally)\s+/iu, '').trim())
      .filter((step) => STEP_NOUN.test(step));
    if (steps.length > 0) return steps;
  }
  const counted = text.match(COUNTED_STEP);
  if (counted) {
    const step = counted[2]!.replace(/s$/u, '');
    return Array.from({ length: COUNTS[counted[1]!.toLowerCase()] ?? 1 }, () => step);
  }
  return [];
}
