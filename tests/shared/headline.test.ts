import { describe, expect, it } from 'vitest';
import { employerIn, looksLikeJobTitle, parseHeadline, roleIn, type Headline } from '../../src-shared/domain/headline';

const none: Headline = { company: null, title: null, location: null, workplace: null, employmentType: null, salaryText: null };

describe('a "Who is hiring" headline', () => {
  it.each<[string, Partial<Headline>]>([
    [
      'Acme (acme.com) | Senior Backend Engineer | Berlin, Germany | REMOTE | Full-time | €80k–€100k',
      {
        company: 'Acme',
        title: 'Senior Backend Engineer',
        location: 'Berlin, Germany',
        workplace: 'REMOTE',
        employmentType: 'Full-time',
        salaryText: '€80k–€100k',
      },
    ],
    [
      'Globex (https://globex.io/jobs)  |  Data   Engineer | Onsite',
      { company: 'Globex', title: 'Data Engineer', workplace: 'Onsite' },
    ],
    ['Initech // Platform Engineer // NYC', { company: 'Initech', title: 'Platform Engineer', location: 'NYC' }],
    ['Hooli | https://hooli.xyz | Staff SRE | London', { company: 'Hooli', title: 'Staff SRE', location: 'London' }],
    // No role word: the first part left is the title.
    ['Umbrella | Biology | Toronto, ON', { company: 'Umbrella', title: 'Biology', location: 'Toronto, ON' }],
    // A workplace naming places is the location when nothing else is.
    [
      'Soylent | Developer | Remote (US, Canada)',
      { company: 'Soylent', title: 'Developer', workplace: 'Remote (US, Canada)', location: 'Remote (US, Canada)' },
    ],
    // "Equity" without a figure is no salary.
    ['Tyrell | Engineer | Equity', { company: 'Tyrell', title: 'Engineer' }],
    ['(acme.com) | Engineer', { company: '(acme.com)', title: 'Engineer' }],
    // Too long to be a contract type, or a role that mentions remote work: read as what else they are.
    [
      'Wayne | Engineer | Full-time, with relocation to Berlin offered',
      { company: 'Wayne', title: 'Engineer', location: 'Full-time, with relocation to Berlin offered' },
    ],
    ['Stark | Remote Engineer', { company: 'Stark', title: 'Remote Engineer' }],
    [`Wayne | Engineer | Contract ${'x'.repeat(31)}`, { company: 'Wayne', title: 'Engineer' }],
    [
      `Wayne | Engineer | Contract ${'x'.repeat(30)}`,
      { company: 'Wayne', title: 'Engineer', employmentType: `Contract ${'x'.repeat(30)}` },
    ],
    // A place named on its own wins over one inside the workplace.
    [
      'Cyberdyne | Engineer | London | Remote (UK, EU)',
      { company: 'Cyberdyne', title: 'Engineer', location: 'London', workplace: 'Remote (UK, EU)' },
    ],
    // Without separators: a role, and perhaps where, after a dash.
    ['Intern / Junior Developer - 100% Remote', { title: 'Intern / Junior Developer', workplace: '100% Remote' }],
    ['Nothing to see - Remote', {}],
    [`${'Very '.repeat(20)}long Engineer title - Remote`, {}],
  ])('%s', (line, expected) => {
    expect(parseHeadline(line)).toEqual({ ...none, ...expected });
  });
});

describe('a post without a headline', () => {
  it('takes the role it says it is hiring for, or a short line naming one', () => {
    expect(roleIn(['We are hiring backend software engineers to build our platform.'])).toBe('Backend software engineers');
    expect(roleIn(['A few words about us.', '- Senior Backend Engineer'])).toBe('Senior Backend Engineer');
    expect(roleIn([`We build tools for ${'many '.repeat(20)}people, from our lead office.`])).toBeNull();
  });

  it('names the employer a sentence names, not a pronoun or the thread', () => {
    expect(employerIn("I'm hiring engineers at Vultr for our cloud team")).toBe('Vultr');
    expect(employerIn('Join  Acme Corp Labs Today and grow')).toBe('Acme Corp Labs');
    expect(employerIn('Come work at Initech.')).toBe('Initech');
    expect(employerIn('At Globex, we ship every day')).toBe('Globex');
    expect(employerIn('Posted at HN')).toBeNull();
    expect(employerIn('no employer here')).toBeNull();
  });
});

describe('a page title', () => {
  it('names a job when it has a job word and is not an essay', () => {
    expect(looksLikeJobTitle('Python Developer')).toBe(true);
    expect(looksLikeJobTitle('How we use Python')).toBe(false);
    expect(looksLikeJobTitle(`Engineer ${'x'.repeat(141)}`)).toBe(true);
    expect(looksLikeJobTitle(`Engineer ${'x'.repeat(142)}`)).toBe(false);
    expect(looksLikeJobTitle(null)).toBe(false);
  });
});
