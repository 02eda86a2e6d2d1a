import DOMPurify from 'dompurify';
import { DESCRIPTION_ATTRIBUTES, DESCRIPTION_TAGS, LINK_SCHEMES } from '../../../src-shared/domain/description-markup';

/**
 * Listings are untrusted HTML, already sanitised on import; DOMPurify runs
 * again here with the same allowlist before anything reaches the page.
 * Remote images are not loaded unless the user allowed them for this job:
 * each becomes a labelled placeholder, so opening a listing tells nobody.
 */
const ALLOWED_TAGS = [...DESCRIPTION_TAGS];
const ALLOWED_ATTR = [...new Set(Object.values(DESCRIPTION_ATTRIBUTES).flat())];
const ALLOWED_URI_REGEXP = new RegExp(`^(?:${LINK_SCHEMES.join('|')}):`, 'iu');
const BLOCKED_IMAGE_CLASS = 'blocked-image';

function createPurifier(loadImages: boolean) {
  const purifier = DOMPurify();
  // The allowlist strips every class; only placeholders made here get theirs back.
  const placeholders = new WeakSet<Element>();
  purifier.addHook('afterSanitizeAttributes', (node) => {
    if (placeholders.has(node)) node.setAttribute('class', BLOCKED_IMAGE_CLASS);
    if (node.tagName === 'A') {
      node.setAttribute('target', '_blank');
      node.setAttribute('rel', 'noopener noreferrer');
    }
    if (node.tagName === 'IMG') {
      // The listing's site learns that someone looked, but not from where.
      node.setAttribute('referrerpolicy', 'no-referrer');
      node.setAttribute('loading', 'lazy');
    }
  });
  purifier.addHook('uponSanitizeElement', (node, data) => {
    if (data.tagName !== 'img' || !(node instanceof Element)) return;
    if (loadImages && /^https:\/\//iu.test(node.getAttribute('src') ?? '')) return;
    // Through the prototype: a listing's <img name="createElement"> clobbers the document's own property.
    const createElement = Document.prototype.createElement as (this: Document, tagName: string) => HTMLElement;
    const placeholder = createElement.call(node.ownerDocument, 'span');
    placeholders.add(placeholder);
    placeholder.textContent = `Image not loaded${node.getAttribute('alt') ? `: ${node.getAttribute('alt')}` : ''}`;
    node.replaceWith(placeholder);
  });
  return purifier;
}

const purifiers = { blocking: createPurifier(false), loading: createPurifier(true) };

export interface SafeDescription {
  html: string;
  /** Images left out (all of them unless remote images are allowed; plain-http ones always). */
  blockedImages: number;
}

export function safeDescription(html: string, remoteImages = false): SafeDescription {
  const clean = purifiers[remoteImages ? 'loading' : 'blocking'].sanitize(html, {
    ALLOWED_TAGS,
    ALLOWED_ATTR,
    ALLOWED_URI_REGEXP,
    ALLOW_DATA_ATTR: false,
  });
  // Listings cannot carry a class attribute (not in the allowlist), so every match is a placeholder.
  return { html: clean, blockedImages: clean.split(`class="${BLOCKED_IMAGE_CLASS}"`).length - 1 };
}
