// @vitest-environment jsdom
/** The renderer's DOMPurify layer alone, on the public XSS vectors: it must hold even if the import sanitiser did not. */
import { describe, expect, it } from 'vitest';
import { safeDescription } from '../../src-renderer/src/lib/safe-html';
import { dangerIn, XSS_VECTORS } from '../support/markup-safety';

/** What this layer adds itself: safe link targets, private image loading and the placeholder's class. */
const ADDED = { a: ['target', 'rel'], img: ['referrerpolicy', 'loading'], span: ['class'] };

describe('DOMPurify in the renderer, alone', () => {
  it.each(XSS_VECTORS.map((vector) => [vector.title, vector.payload]))('%s', (_title, payload) => {
    for (const remoteImages of [false, true]) expect(dangerIn(safeDescription(payload, remoteImages).html, ADDED)).toEqual([]);
  });

  it('blocks images until allowed, and then loads https ones only, without a referrer', () => {
    const html = '<p>Team<img src="https://cdn.example/team.png" alt="Our team"><img src="http://cdn.example/x.png"></p>';
    expect(safeDescription(html)).toEqual({
      html: '<p>Team<span class="blocked-image">Image not loaded: Our team</span><span class="blocked-image">Image not loaded</span></p>',
      blockedImages: 2,
    });
    const allowed = safeDescription(html, true);
    expect(allowed.blockedImages).toBe(1);
    expect(allowed.html).toContain(
      '<img src="https://cdn.example/team.png" alt="Our team" referrerpolicy="no-referrer" loading="lazy">',
    );
  });
});
