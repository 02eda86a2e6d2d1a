/**
 * Small helpers over htmlparser2's DOM, so extractors read like selectors
 * and never deal with node types.
 */
import { compile, selectAll, selectOne } from 'css-select';
import render from 'dom-serializer';
import type { AnyNode, Document, Element } from 'domhandler';
import { isTag, isText, Text } from 'domhandler';
import { getAttributeValue, textContent } from 'domutils';
import { parseDocument } from 'htmlparser2';
import { normaliseLine } from '../../../src-shared/domain/text';

export type { Document, Element };

/** Deeper than any real page nests; the libraries that read the tree recurse, so nothing below this stays a tree. */
export const MAX_DEPTH = 400;

export function parseHtml(html: string): Document {
  return capDepth(parseDocument(html, { decodeEntities: true, lowerCaseAttributeNames: true }));
}

/** All text below a node, gathered with a stack (no recursion). */
function flatText(node: AnyNode): string {
  let text = '';
  const stack: AnyNode[] = [node];
  while (stack.length > 0) {
    const current = stack.pop()!;
    if (isText(current)) text += current.data;
    else if ('children' in current)
      for (let index = current.children.length - 1; index >= 0; index--) stack.push(current.children[index]!);
  }
  return text;
}

const BLOCK = /^(p|div|li|br|h[1-6]|tr|dd|dt|section|article|ul|ol|table)$/u;

/** Text as a reader sees it: one line per block element or line break, without recursion. */
export function blockLines(root: AnyNode): string[] {
  const lines: string[] = [];
  let current = '';
  const stack: (AnyNode | 'break')[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node === 'break' || (isTag(node) && BLOCK.test(node.name))) {
      if (current.trim()) lines.push(current.replace(/\s+/gu, ' ').trim());
      current = '';
    }
    if (node === 'break') continue;
    if (isText(node)) current += node.data;
    else if ('children' in node) {
      if (isTag(node) && BLOCK.test(node.name)) stack.push('break');
      for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index]!);
    }
  }
  if (current.trim()) lines.push(current.replace(/\s+/gu, ' ').trim());
  return lines;
}

/**
 * A hostile page can nest elements tens of thousands deep. Past MAX_DEPTH an
 * element keeps only its text, so every later walk, ours or a library's, is
 * bounded and nothing the page says is lost.
 */
function capDepth(document: Document): Document {
  const stack: [AnyNode, number][] = [[document, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (!('children' in node)) continue;
    if (depth >= MAX_DEPTH && isTag(node)) {
      const text = new Text(flatText(node));
      text.parent = node;
      node.children = [text];
      continue;
    }
    for (const child of node.children) stack.push([child, depth + 1]);
  }
  return document;
}

/** Selectors are compiled once: extractors run the same few hundred on every page. */
const compiled = new Map<string, ReturnType<typeof compile>>();
function query(selector: string): ReturnType<typeof compile> {
  let found = compiled.get(selector);
  if (!found) {
    found = compile(selector);
    compiled.set(selector, found);
  }
  return found;
}

export const one = (selector: string, root: AnyNode | AnyNode[]): Element | null =>
  selectOne(query(selector), root) as Element | null;
export const all = (selector: string, root: AnyNode | AnyNode[]): Element[] => selectAll(query(selector), root) as Element[];

export function attr(element: Element | null, name: string): string | null {
  const value = element ? getAttributeValue(element, name) : undefined;
  return value === undefined ? null : value;
}

/**
 * Single-line text of an element: whitespace collapsed, trimmed, null when
 * empty. Lines a reader sees apart ("Engineer<br>Berlin") stay apart.
 */
export function lineText(element: AnyNode | null): string | null {
  if (!element) return null;
  const value = normaliseLine(blockLines(element).join(' '));
  return value === '' ? null : value;
}

/** The first text the selectors find, in their order, that `accept` takes (any text by default). */
export function firstText(
  root: AnyNode | AnyNode[],
  selectors: readonly string[],
  accept: (value: string) => boolean = () => true,
): string | null {
  for (const selector of selectors) {
    for (const element of all(selector, root)) {
      const value = selector.includes('meta') ? normaliseLine(attr(element, 'content') ?? '') : lineText(element);
      if (value && accept(value)) return value;
    }
  }
  return null;
}

/** Whether `node` sits somewhere inside `ancestor`. */
export function isInside(node: AnyNode, ancestor: AnyNode): boolean {
  for (let current = node.parent; current; current = current.parent) if (current === ancestor) return true;
  return false;
}

const NAMING_ATTRIBUTES = ['class', 'data-testid', 'data-test', 'data-qa', 'data-automation', 'itemprop'];
const NAMED = NAMING_ATTRIBUTES.map((name) => `[${name}]`).join(', ');

/** What an element's class and test or microdata attributes say it holds. */
export function elementHints(element: Element): string {
  return NAMING_ATTRIBUTES.map((name) => attr(element, name) ?? '').join(' ');
}

/**
 * The innermost element (from `root` down) with text whose names match
 * `pattern`: a wrapper around a job's company and place is neither.
 */
export function namedElement(root: Element, pattern: RegExp, except: Element | null = null): Element | null {
  const matches = [root, ...all(NAMED, root)].filter(
    (element) => element !== except && pattern.test(elementHints(element)) && lineText(element),
  );
  return matches.find((element) => !matches.some((other) => other !== element && isInside(other, element))) ?? null;
}

export function outerHtml(nodes: AnyNode | AnyNode[]): string {
  return render(nodes, { decodeEntities: false, encodeEntities: 'utf8' });
}

export function innerHtml(element: Element): string {
  return outerHtml(element.children);
}

export function metaContent(document: Document, key: string): string | null {
  const element = one(`meta[property="${key}"], meta[name="${key}"]`, document);
  const value = normaliseLine(attr(element, 'content') ?? '');
  return value === '' ? null : value;
}

export function comments(root: AnyNode): string[] {
  const found: string[] = [];
  const stack: AnyNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'comment') found.push(node.data);
    if ('children' in node) for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index]!);
  }
  return found;
}

export { isTag, isText, textContent };
