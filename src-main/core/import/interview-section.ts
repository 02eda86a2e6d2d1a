import type { AnyNode } from 'domhandler';
import { INTERVIEW_SECTION } from '../../../src-shared/domain/interview-plan';
import { blockLines, isInside, isTag, lineText, type Element } from './dom';

const HEADING = /^h[1-6]$/u;

/** A heading, or a paragraph that is nothing but bold text (a heading in all but name). */
function isHeadingLike(node: Element): boolean {
  if (HEADING.test(node.name)) return true;
  if (node.name !== 'p' && node.name !== 'div') return false;
  const meaningful = node.children.filter((child) => !(child.type === 'text' && child.data.trim() === ''));
  return meaningful.length === 1 && isTag(meaningful[0]!) && ['strong', 'b'].includes(meaningful[0].name);
}

/** Every element in document order, flattened; a stack rather than recursion, so no depth overflows. */
function elementsInOrder(root: readonly AnyNode[]): Element[] {
  const found: Element[] = [];
  const stack = [...root].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!isTag(node)) continue;
    found.push(node);
    for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index]!);
  }
  return found;
}

/**
 * The steps listed under the description's interview-process heading: the
 * list items (or, lacking a list, paragraphs) until the next heading. No
 * such heading, no steps: Quarry never guesses a plan.
 */
export function interviewSteps(description: readonly AnyNode[]): string[] {
  const elements = elementsInOrder(description);
  const start = elements.findIndex((element) => isHeadingLike(element) && INTERVIEW_SECTION.test(lineText(element) ?? ''));
  if (start < 0) return [];
  const heading = elements[start]!;
  const section: Element[] = [];
  for (const element of elements.slice(start + 1)) {
    if (isHeadingLike(element) && !isInside(element, heading)) break;
    if (!isInside(element, heading)) section.push(element);
  }
  const items = section.filter(
    (element) =>
      element.name === 'li' && !section.some((other) => other !== element && other.name === 'li' && isInside(element, other)),
  );
  // An item's first line names the step; a list nested in it details the step.
  if (items.length > 0) return items.map((item) => blockLines(item)[0]).filter((text): text is string => !!text);
  return section
    .filter((element) => element.name === 'p')
    .map(lineText)
    .filter((text): text is string => !!text && /\b(interview|call|chat|meet|stage|round|assignment|session)\b/iu.test(text));
}
