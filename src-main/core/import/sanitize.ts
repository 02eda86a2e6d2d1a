import sanitizeHtml from 'sanitize-html';
import { parseHtml, textContent, isTag, type Document } from './dom';
import type { AnyNode } from 'domhandler';

/**
 * The only markup a description keeps: structure and emphasis. No scripts,
 * styles, forms, frames or event handlers; links only to the web or mail;
 * images only as a reference the renderer shows as a placeholder until the
 * user allows them.
 */
const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [
    'p', 'br', 'hr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'dl', 'dt', 'dd',
    'strong', 'b', 'em', 'i', 'u', 's', 'sub', 'sup', 'small', 'mark', 'code', 'pre', 'blockquote',
    'a', 'img', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td', 'caption', 'span', 'div', 'section',
  ],
  allowedAttributes: {
    a: ['href', 'title'],
    img: ['src', 'alt', 'width', 'height'],
    td: ['colspan', 'rowspan'],
    th: ['colspan', 'rowspan'],
    ol: ['start'],
  },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: { img: ['http', 'https'] },
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'template', 'title', 'iframe', 'object', 'embed', 'svg', 'math'],
  exclusiveFilter: (frame) => frame.tag === 'p' && frame.text.trim() === '' && !frame.mediaChildren.length,
};

export function sanitizeDescription(html: string): string {
  return sanitizeHtml(html, OPTIONS).trim();
}

const BLOCKS = new Set(['p', 'div', 'section', 'li', 'tr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'pre', 'blockquote', 'dt', 'dd', 'table', 'ul', 'ol']);

/** Readable plain text of sanitised HTML: one line per block, bullets for list items. */
export function plainText(html: string): string {
  const lines: string[] = [];
  let current = '';
  const flush = () => {
    const line = current.replace(/[ \t\u00a0]+/gu, ' ').trim();
    // A list item whose text sits in a nested paragraph keeps its bullet for that text.
    if (line === '•') return;
    if (line) lines.push(line);
    current = '';
  };
  const visit = (node: AnyNode) => {
    if (isTag(node)) {
      if (node.name === 'br') return flush();
      const block = BLOCKS.has(node.name);
      if (block) flush();
      if (node.name === 'li') current += '• ';
      node.children.forEach(visit);
      if (block) flush();
      return;
    }
    current += textContent(node);
  };
  const document: Document = parseHtml(html);
  document.children.forEach(visit);
  flush();
  return lines.join('\n');
}
