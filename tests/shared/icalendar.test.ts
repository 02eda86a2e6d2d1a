import { describe, expect, it } from 'vitest';
import { eventSummary, stageKindLabel, toICalendar } from '../../src-shared/domain/icalendar';
import type { ScheduledStage } from '../../src-shared/domain/schedule';

const stage = (overrides: Partial<ScheduledStage> = {}): ScheduledStage => ({
  id: 7,
  jobId: 3,
  kind: 'system_design',
  title: 'System design',
  company: 'Primer',
  jobTitle: 'Senior Backend Engineer',
  jobUrl: null,
  durationMinutes: 90,
  startsAt: '2026-12-03T15:00:00.000Z',
  timeZone: 'America/New_York',
  status: 'scheduled',
  location: null,
  prepNotes: null,
  outcomeNotes: null,
  ...overrides,
});

const now = new Date('2026-11-24T09:30:05.123Z');
const octets = (line: string) => new TextEncoder().encode(line).length;
/** Undoes RFC 5545 folding: a line break followed by one space continues the line. */
const unfold = (text: string) => text.replaceAll('\r\n ', '');

describe('iCalendar export', () => {
  it('writes a whole calendar exactly as RFC 5545 wants it', () => {
    expect(toICalendar([stage()], { now })).toBe(
      [
        'BEGIN:VCALENDAR',
        'VERSION:2.0',
        'PRODID:-//Quarry//Job search//EN',
        'CALSCALE:GREGORIAN',
        'METHOD:PUBLISH',
        'BEGIN:VEVENT',
        'UID:quarry-stage-7@quarry.local',
        'DTSTAMP:20261124T093005Z',
        'DTSTART:20261203T150000Z',
        'DURATION:PT90M',
        'SUMMARY:System design: Primer',
        'DESCRIPTION:Senior Backend Engineer at Primer',
        'STATUS:CONFIRMED',
        'BEGIN:VALARM',
        'ACTION:DISPLAY',
        'DESCRIPTION:System design: Primer',
        'TRIGGER:-PT30M',
        'END:VALARM',
        'END:VEVENT',
        'END:VCALENDAR',
        '',
      ].join('\r\n'),
    );
  });

  it('escapes text, adds the listing, prep notes, place and link, and marks cancelled stages', () => {
    const text = unfold(
      toICalendar(
        [
          stage({
            title: '',
            kind: 'values',
            company: 'Acme; Inc, \\ Co',
            jobUrl: 'https://acme.example/jobs/1',
            prepNotes: 'Read the blog\nAsk about on-call',
            location: 'Room 4, 2nd floor',
            status: 'cancelled',
            durationMinutes: null,
          }),
        ],
        { now, alarmMinutes: 45 },
      ),
    );
    expect(text).toContain('SUMMARY:Values interview: Acme\\; Inc\\, \\\\ Co\r\n');
    expect(text).toContain(
      'DESCRIPTION:Senior Backend Engineer at Acme\\; Inc\\, \\\\ Co\\n\\nListing: https://acme.example/jobs/1\\n\\nPrep notes:\\nRead the blog\\nAsk about on-call\r\n',
    );
    expect(text).toContain('LOCATION:Room 4\\, 2nd floor\r\n');
    expect(text).toContain('URL:https://acme.example/jobs/1\r\n');
    expect(text).toContain('STATUS:CANCELLED\r\n');
    expect(text).toContain('DURATION:PT60M\r\n');
    expect(text).toContain('TRIGGER:-PT45M\r\n');
  });

  it('leaves out stages that are not scheduled', () => {
    expect(toICalendar([stage({ startsAt: null })], { now })).not.toContain('BEGIN:VEVENT');
  });

  it.each([
    ['ASCII', 'a'],
    ['two-byte', 'é'],
    ['three-byte', '€'],
    ['four-byte', '🚀'],
    ['first two-byte', '\u0080'],
    ['first three-byte', '\u0800'],
    ['first four-byte', '\u{10000}'],
  ])('folds long %s lines at 75 octets, never inside a character, and unfolds to the original', (_name, char) => {
    const notes = char.repeat(200);
    const text = toICalendar([stage({ prepNotes: notes })], { now });
    const physical = text.split('\r\n');
    for (const line of physical) expect(octets(line)).toBeLessThanOrEqual(75);
    // Every folded line is as full as it can be: one more character would pass 75 octets (the space counts).
    for (let index = 0; index < physical.length - 1; index++) {
      const next = physical[index + 1]!;
      if (!next.startsWith(' ')) continue;
      const nextChar = String.fromCodePoint(next.codePointAt(1)!);
      expect(octets(physical[index]!) + octets(nextChar)).toBeGreaterThan(75);
    }
    expect(physical.filter((line) => line.startsWith(' ')).length).toBeGreaterThanOrEqual(2);
    expect(unfold(text)).toContain(`Prep notes:\\n${notes}\r\n`);
  });

  it('names every kind of stage', () => {
    expect(stageKindLabel('recruiter_call')).toBe('Recruiter call');
    expect(stageKindLabel('hiring_manager')).toBe('Hiring-manager interview');
    expect(stageKindLabel('technical')).toBe('Technical interview');
    expect(stageKindLabel('pair_programming')).toBe('Pair programming');
    expect(stageKindLabel('system_design')).toBe('System design');
    expect(stageKindLabel('take_home')).toBe('Take-home');
    expect(stageKindLabel('values')).toBe('Values interview');
    expect(stageKindLabel('onsite')).toBe('Onsite');
    expect(stageKindLabel('final')).toBe('Final interview');
    expect(stageKindLabel('offer_call')).toBe('Offer call');
    expect(stageKindLabel('other')).toBe('Interview');
    expect(eventSummary(stage({ title: 'Chat with Sam' }))).toBe('Chat with Sam: Primer');
  });
});
