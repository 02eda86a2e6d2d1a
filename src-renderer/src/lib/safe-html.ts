import DOMPurify from 'dompurify';
import { DESCRIPTION_ATTRIBUTES, DESCRIPTION_TAGS, LINK_SCHEMES } from '../../../src-shared/domain/description-markup';

/**
 * Listings are untrusted HTML, already sanitised on import; DOMPurify runs
 * again here with the same allowlist before anything reaches the page.
 * Remote images are never loaded: each becomes a labelled placeholder.
 */
const ALLOWED_TAGS = [...DESCRIPTION_TAGS];
const ALLOWED_ATTR = [...new Set(Object.values(DESCRIPTION_ATTRIBUTES).flat())];
const ALLOWED_URI_REGEXP = new RegExp(`^(?:${LINK_SCHEMES.join('|')}):`, 'iu');

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
    ALLOWED_URI_REGEXP,
    ALLOW_DATA_ATTR: false,
  });
}
