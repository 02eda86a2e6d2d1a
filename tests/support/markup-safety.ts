import { isTag, type AnyNode } from 'domhandler';
import { readFileSync } from 'node:fs';
import { parseHtml } from '../../src-main/core/import/dom';
import { DESCRIPTION_ATTRIBUTES, DESCRIPTION_TAGS, LINK_SCHEMES } from '../../src-shared/domain/description-markup';
import { sharedPath } from './shared-data';

/** The 185 public XSS vectors in ../shared/xss, as untrusted descriptions. */
export const XSS_VECTORS = JSON.parse(
  // From the repository root (vitest's root): in a DOM environment import.meta.url is not a file URL.
  readFileSync(sharedPath('xss/dompurify-vectors.json'), 'utf8'),
) as { title: string; payload: string }[];

const WEB_URL = new RegExp(`^(${LINK_SCHEMES.join('|')}):`, 'iu');

/**
 * Every way sanitised markup could still carry script: a tag or attribute
 * outside the description allowlist (plus `extra`, what a layer adds itself),
 * a handler, a link or image that is not a web address.
 */
export function dangerIn(html: string, extra: Readonly<Record<string, readonly string[]>> = {}): string[] {
  const found: string[] = [];
  const stack: AnyNode[] = [...parseHtml(html).children];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!isTag(node)) continue;
    if (!(DESCRIPTION_TAGS as readonly string[]).includes(node.name)) found.push(`<${node.name}>`);
    const allowed = [...(DESCRIPTION_ATTRIBUTES[node.name] ?? []), ...(extra[node.name] ?? [])];
    for (const [name, value] of Object.entries(node.attribs)) {
      if (!allowed.includes(name)) found.push(`${node.name}[${name}]`);
      if ((name === 'href' || name === 'src') && !WEB_URL.test(value.trim())) found.push(`${node.name}[${name}=${value}]`);
    }
    stack.push(...node.children);
  }
  return found;
}
