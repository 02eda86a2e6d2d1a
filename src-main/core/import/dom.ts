/**
 * Small helpers over htmlparser2's DOM, so extractors read like selectors
 * and never deal with node types.
 */
import { compile, selectAll, selectOne } from 'css-select';
import render from 'dom-serializer';
import type { AnyNode, Document, Element } from 'domhandler';
import { isTag, isText } from 'domhandler';
import { getAttributeValue, textContent } from 'domutils';
import { parseDocument } from 'htmlparser2';
import { normaliseLine } from '../../../src-shared/domain/text';

export type { Document, Element };

export function parseHtml(html: string): Document {
  return parseDocument(html, { decodeEntities: true, lowerCaseAttributeNames: true });
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

/** Single-line text of an element: whitespace collapsed, trimmed, null when empty. */
export function lineText(element: AnyNode | null): string | null {
  if (!element) return null;
  const value = normaliseLine(textContent(element));
  return value === '' ? null : value;
}

export function firstText(root: AnyNode | AnyNode[], selectors: readonly string[]): string | null {
  for (const selector of selectors) {
    for (const element of all(selector, root)) {
      const value = selector.includes('meta') ? normaliseLine(attr(element, 'content') ?? '') : lineText(element);
      if (value) return value;
    }
  }
  return null;
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
  const visit = (node: AnyNode) => {
    if (node.type === 'comment') found.push(node.data);
    if ('children' in node) node.children.forEach(visit);
  };
  visit(root);
  return found;
}

export { isTag, isText, textContent };
