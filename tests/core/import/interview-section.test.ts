import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../src-main/core/import/dom';
import { interviewSteps } from '../../../src-main/core/import/interview-section';

/** The steps under a description's interview-process heading, as written on real pages. */
const steps = (html: string) => interviewSteps(parseHtml(html).children);

describe('interviewSteps', () => {
  it('reads the list under the heading, and stops at the next heading', () => {
    expect(
      steps(
        '<p>Intro</p><h3>Interview process</h3><ol><li>Recruiter call</li><li> </li><li>Pairing session</li></ol><h3>Perks</h3><ul><li>Call allowance</li></ul>',
      ),
    ).toEqual(['Recruiter call', 'Pairing session']);
  });

  it('takes a paragraph of nothing but bold text, or a div of it, as a heading', () => {
    expect(
      steps(
        '<p> <strong>What to expect</strong> </p><ul><li>Intro chat</li></ul><p><b>Benefits</b></p><ul><li>Team call</li></ul>',
      ),
    ).toEqual(['Intro chat']);
    expect(steps('<div><b>Our hiring process</b></div><ul><li>Intro chat</li></ul>')).toEqual(['Intro chat']);
    // Bold words inside a sentence make no heading.
    expect(steps('<p>Read about <strong>the process</strong> below.</p><ul><li>Intro chat</li></ul>')).toEqual([]);
    expect(steps('<p><strong>The process</strong> <em>in short</em></p><ul><li>Intro chat</li></ul>')).toEqual([]);
    expect(steps('<span><strong>The process</strong></span><ul><li>Intro chat</li></ul>')).toEqual([]);
  });

  it('counts a list item holding a nested list once, named by its first line', () => {
    expect(
      steps(
        '<h2>Interview stages</h2><ul><li>Technical round<ul><li>coding</li><li>design</li></ul></li><li>Final call</li></ul>',
      ),
    ).toEqual(['Technical round', 'Final call']);
  });

  it('reads a heading whose words sit in elements of their own, and what follows it only', () => {
    expect(steps('<h2><span>Our</span> <em>interview process</em></h2><ul><li>Intro call</li></ul>')).toEqual(['Intro call']);
  });

  it('without a list, takes the paragraphs that name a step', () => {
    expect(
      steps(
        '<h4>Interview process</h4><p>First, a call with our recruiter.</p><p>We value kindness.</p><p></p><p>Then a pairing session.</p><h4>Apply</h4><p>Final round call</p>',
      ),
    ).toEqual(['First, a call with our recruiter.', 'Then a pairing session.']);
  });

  it('finds no steps without the heading, or under the very first element when it is no heading', () => {
    expect(steps('<ul><li>Recruiter call</li></ul>')).toEqual([]);
    expect(steps('<h2>Interview process</h2>')).toEqual([]);
    expect(steps('<h2>The process</h2><ul><li>Recruiter call</li></ul>')).toEqual(['Recruiter call']);
  });
});
