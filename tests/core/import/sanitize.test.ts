import { describe, expect, it } from 'vitest';
import { sanitiseHtml } from '../../../src-main/core/import/sanitize';

const html = (input: string) => sanitiseHtml(input).html;
const text = (input: string) => sanitiseHtml(input).text;

describe('the description sanitiser, exactly', () => {
  it('keeps structure, escapes every text, and unwraps tags it does not know', () => {
    expect(html('<div><custom-card><b>a < b & c > d</b></custom-card><p></p><p>x</p></div>')).toBe(
      '<div><b>a &lt; b &amp; c &gt; d</b><p>x</p></div>',
    );
    expect(html('  <p>x</p>\n ')).toBe('<p>x</p>');
    expect(html('<p>keep<script>alert(1)</script><style>p{}</style> this</p>')).toBe('<p>keep this</p>');
  });

  it('writes one text line per block and line break, bullets for list items, spaces collapsed', () => {
    const source =
      '<div><h2>About</h2><p>We  build\n things\u00a0 here</p><p></p><ul><li>Go</li><li><p>Rust</p></li></ul>' +
      'line<br>break<span>inline</span><custom>unwrapped</custom></div>';
    expect(text(source)).toBe('About\nWe build things here\n• Go\n• Rust\nline\nbreakinlineunwrapped');
    expect(text('<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>tail')).toBe('ab\nc\ntail');
  });

  it('keeps title and alt, and numeric table and list attributes only when they are numbers', () => {
    expect(html('<a href="https://x.example/" title=\'say "hi"\'>x</a>')).toBe(
      '<a href="https://x.example/" title="say &quot;hi&quot;">x</a>',
    );
    expect(html('<img alt="Logo" src="https://x.example/l.png" width="120" height="x12">')).toBe(
      '<img src="https://x.example/l.png" alt="Logo" width="120">',
    );
    expect(
      html('<table><tr><td colspan="12" rowspan="2x">a</td><td colspan=" 3 ">b</td><td colspan="12345">c</td></tr></table>'),
    ).toBe('<table><tr><td colspan="12">a</td><td colspan=" 3 ">b</td><td>c</td></tr></table>');
    expect(html('<p title="kept only where allowed" onclick="x()">p</p>')).toBe('<p>p</p>');
  });

  it('keeps links to the web and mail, images from the web only, trimmed; nothing relative or scripted', () => {
    expect(html('<a href="  https://ok.example/a  ">a</a>')).toBe('<a href="https://ok.example/a">a</a>');
    expect(html('<a href="mailto:jobs@ok.example">m</a>')).toBe('<a href="mailto:jobs@ok.example">m</a>');
    expect(html('<img src="mailto:jobs@ok.example">')).toBe('<img>');
    expect(html('<a href="/apply?next=https://evil.example">r</a>')).toBe('<a>r</a>');
    expect(html('<a href="java\tscript:alert(1)">j</a>')).toBe('<a>j</a>');
    expect(html('<a href="jav&#x0A;ascript:alert(1)">j</a>')).toBe('<a>j</a>');
    // Browsers skip control characters before a scheme; so does the check, and the link keeps its text as written.
    expect(html('<a href="\u0001https://ok.example/">c</a>')).toBe('<a href="\u0001https://ok.example/">c</a>');
    expect(html('<a href="\u007fhttps://ok.example/">d</a>')).toBe('<a href="\u007fhttps://ok.example/">d</a>');
    expect(html('<a href="\u009fhttps://ok.example/">e</a>')).toBe('<a href="\u009fhttps://ok.example/">e</a>');
    expect(html('<a href="\u00a0https://ok.example/">f</a>')).toBe('<a>f</a>');
  });
});
