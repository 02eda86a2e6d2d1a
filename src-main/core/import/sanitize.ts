import type { AnyNode, Element } from 'domhandler';
import { isTag, isText } from 'domhandler';
import {
  DESCRIPTION_ATTRIBUTES,
  DESCRIPTION_TAGS,
  IMAGE_SCHEMES,
  LINK_SCHEMES,
} from '../../../src-shared/domain/description-markup';
import { parseHtml } from './dom';
import { repairMojibake } from './mojibake';

/**
 * The only markup a description keeps: structure and emphasis. No scripts,
 * styles, forms, frames or event handlers; links only to the web or mail;
 * images only as a reference the renderer shows as a placeholder until the
 * user allows them. The output is built from scratch (every text and
 * attribute escaped), never by editing the input, so nothing unlisted can
 * survive.
 */
const ALLOWED_TAGS: ReadonlySet<string> = new Set(DESCRIPTION_TAGS);
const VOID_TAGS = new Set(['br', 'hr', 'img']);
/** Dropped with everything inside them. */
const DROPPED_WITH_CONTENT = new Set([
  'script',
  'style',
  'textarea',
  'option',
  'select',
  'noscript',
  'template',
  'title',
  'iframe',
  'object',
  'embed',
  'svg',
  'math',
  'head',
  'summary',
  'button',
  'form',
  'input',
  'noembed',
  'noframes',
  'xmp',
  'plaintext',
  'frameset',
]);
const URL_ATTRIBUTES = new Set(['href', 'src']);
const BLOCKS = new Set([
  'p',
  'div',
  'section',
  'li',
  'tr',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'pre',
  'blockquote',
  'dt',
  'dd',
  'table',
  'ul',
  'ol',
  'hr',
]);

const escapeText = (text: string) => text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');
const escapeAttribute = (text: string) => escapeText(text).replace(/"/gu, '&quot;');

function safeUrl(value: string, tag: string): string | null {
  // Browsers ignore control characters and whitespace inside a scheme ("java\tscript:").
  const compact = [...value]
    .filter((char) => char.charCodeAt(0) > 0x20 && (char.charCodeAt(0) < 0x7f || char.charCodeAt(0) > 0x9f))
    .join('');
  // Stryker disable next-line OptionalChaining: equivalent, a match always has its group 1.
  const scheme = compact.match(/^([a-z][a-z0-9+.-]*):/iu)?.[1]?.toLowerCase();
  const allowed: readonly string[] = tag === 'img' ? IMAGE_SCHEMES : LINK_SCHEMES;
  return scheme && allowed.includes(scheme) ? value.trim() : null;
}

function attributes(element: Element): string {
  // Stryker disable next-line ArrayDeclaration: equivalent, no attribute name a parser gives holds a space.
  const allowed = DESCRIPTION_ATTRIBUTES[element.name] ?? [];
  let output = '';
  for (const name of allowed) {
    const value = element.attribs[name];
    if (value === undefined) continue;
    if (URL_ATTRIBUTES.has(name)) {
      const url = safeUrl(value, element.name);
      if (url !== null) output += ` ${name}="${escapeAttribute(url)}"`;
    } else if (name === 'title' || name === 'alt' || /^\d{1,4}$/u.test(value.trim())) {
      output += ` ${name}="${escapeAttribute(value)}"`;
    }
  }
  return output;
}

export interface SanitisedDescription {
  html: string;
  /** One line per block, bullets for list items. */
  text: string;
}

/** Sanitises description nodes (repairing any mojibake in their text) and derives their plain text in the same walk. */
export function sanitiseNodes(nodes: readonly AnyNode[]): SanitisedDescription {
  let html = '';
  const lines: string[] = [];
  let line = '';
  const flush = () => {
    const clean = line.replace(/[ \t\r\n\u00a0]+/gu, ' ').trim();
    // A list item whose text sits in a nested paragraph keeps its bullet for that text.
    if (clean === '•') return;
    if (clean) lines.push(clean);
    line = '';
  };
  const visit = (node: AnyNode) => {
    if (isText(node)) {
      // Entities decode after the page-wide repair, so mis-encoded text can hide behind them.
      const text = repairMojibake(node.data);
      html += escapeText(text);
      line += text;
      return;
    }
    if (!isTag(node)) return;
    const tag = node.name.toLowerCase();
    if (DROPPED_WITH_CONTENT.has(tag)) return;
    const block = BLOCKS.has(tag);
    if (block || tag === 'br') flush();
    if (tag === 'li') line += '• ';
    if (ALLOWED_TAGS.has(tag)) {
      html += `<${tag}${attributes(node)}>`;
      if (!VOID_TAGS.has(tag)) {
        node.children.forEach(visit);
        html += `</${tag}>`;
      }
    } else {
      node.children.forEach(visit);
    }
    if (block) flush();
  };
  nodes.forEach(visit);
  flush();
  return { html: html.replace(/<p><\/p>/gu, '').trim(), text: lines.join('\n') };
}

export function sanitiseHtml(html: string): SanitisedDescription {
  return sanitiseNodes(parseHtml(html).children);
}
