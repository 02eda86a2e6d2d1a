import DOMPurify from 'dompurify';

/**
 * Listings are untrusted HTML, already sanitised on import; DOMPurify runs
 * again here with the same allowlist before anything reaches the page.
 * Remote images are never loaded: each becomes a labelled placeholder.
 */
const ALLOWED_TAGS = [
  'p',
  'br',
  'hr',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  'strong',
  'b',
  'em',
  'i',
  'u',
  's',
  'sub',
  'sup',
  'small',
  'mark',
  'code',
  'pre',
  'blockquote',
  'a',
  'img',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'th',
  'td',
  'caption',
  'span',
  'div',
  'section',
];
const ALLOWED_ATTR = ['href', 'title', 'src', 'alt', 'colspan', 'rowspan', 'start'];

const purifier = DOMPurify();
purifier.addHook('afterSanitizeAttributes', (node) => {
  if (node.tagName === 'A') {
    node.setAttribute('target', '_blank');
    node.setAttribute('rel', 'noopener noreferrer');
  }
});
purifier.addHook('uponSanitizeElement', (node, data) => {
  if (data.tagName !== 'img' || !(node instanceof Element)) return;
  const placeholder = node.ownerDocument.createElement('span');
  placeholder.className = 'blocked-image';
  placeholder.textContent = `Image not loaded${node.getAttribute('alt') ? `: ${node.getAttribute('alt')}` : ''}`;
  node.replaceWith(placeholder);
});

export function safeDescription(html: string): string {
  return purifier.sanitize(html, {
    ALLOWED_TAGS,
    ALLOWED_ATTR,
    ALLOWED_URI_REGEXP: /^(?:https?|mailto):/iu,
    ALLOW_DATA_ATTR: false,
  });
}
