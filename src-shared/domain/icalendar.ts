import { DEFAULT_DURATION_MINUTES, type ScheduledStage } from './schedule';
import type { StageKind } from './job';

/** RFC 5545 calendar of interview stages: UTC start times, a duration, a stable UID and a reminder each. */

const KIND_LABELS: Record<StageKind, string> = {
  recruiter_call: 'Recruiter call',
  hiring_manager: 'Hiring-manager interview',
  technical: 'Technical interview',
  pair_programming: 'Pair programming',
  system_design: 'System design',
  take_home: 'Take-home',
  values: 'Values interview',
  onsite: 'Onsite',
  final: 'Final interview',
  offer_call: 'Offer call',
  other: 'Interview',
};

export function stageKindLabel(kind: StageKind): string {
  return KIND_LABELS[kind];
}

/** TEXT escaping (RFC 5545 3.3.11). */
function escapeText(value: string): string {
  return value.replace(/\\/gu, '\\\\').replace(/;/gu, '\\;').replace(/,/gu, '\\,').replace(/\r?\n/gu, '\\n');
}

const utf8Length = (codePoint: number) => (codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4);

/** Lines longer than 75 octets continue on the next line after a space (RFC 5545 3.1), never inside a character. */
function fold(line: string): string {
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const char of line) {
    const bytes = utf8Length(char.codePointAt(0)!);
    if (size + bytes > (parts.length === 0 ? 75 : 74)) {
      parts.push(current);
      current = '';
      size = 0;
    }
    current += char;
    size += bytes;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

function utcStamp(instant: Date): string {
  return instant
    .toISOString()
    .replace(/[-:]/gu, '')
    .replace(/\.\d{3}/u, '');
}

export interface CalendarOptions {
  /** When the calendar is made (DTSTAMP). */
  now: Date;
  /** Minutes before each stage for its alarm. */
  alarmMinutes?: number;
}

/** "System design: Primer" — what a calendar shows. */
export function eventSummary(stage: ScheduledStage): string {
  return `${stage.title || stageKindLabel(stage.kind)}: ${stage.company}`;
}

export function toICalendar(stages: readonly ScheduledStage[], { now, alarmMinutes = 30 }: CalendarOptions): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Quarry//Job search//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  for (const stage of stages) {
    if (!stage.startsAt) continue;
    const description = [
      `${stage.jobTitle} at ${stage.company}`,
      stage.jobUrl ? `Listing: ${stage.jobUrl}` : null,
      stage.prepNotes ? `Prep notes:\n${stage.prepNotes}` : null,
    ]
      .filter(Boolean)
      .join('\n\n');
    lines.push(
      'BEGIN:VEVENT',
      `UID:quarry-stage-${stage.id}@quarry.local`,
      `DTSTAMP:${utcStamp(now)}`,
      `DTSTART:${utcStamp(new Date(stage.startsAt))}`,
      `DURATION:PT${stage.durationMinutes ?? DEFAULT_DURATION_MINUTES}M`,
      `SUMMARY:${escapeText(eventSummary(stage))}`,
      `DESCRIPTION:${escapeText(description)}`,
      ...(stage.location ? [`LOCATION:${escapeText(stage.location)}`] : []),
      ...(stage.jobUrl ? [`URL:${stage.jobUrl}`] : []),
      `STATUS:${stage.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED'}`,
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      `DESCRIPTION:${escapeText(eventSummary(stage))}`,
      `TRIGGER:-PT${alarmMinutes}M`,
      'END:VALARM',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(fold).join('\r\n')}\r\n`;
}
