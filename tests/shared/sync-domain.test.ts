import { describe, expect, it } from 'vitest';
import { SYNC_OFF, isDatasetName, naturalSyncId, sinceWords, syncStatusLine, wins } from '../../src-shared/domain/sync';

describe('how long ago, in words', () => {
  const now = new Date('2026-12-02T13:00:00.000Z');
  const before = (minutes: number) => new Date(now.getTime() - minutes * 60_000);

  it('changes unit exactly at a minute, an hour and a day', () => {
    expect(sinceWords(before(59 / 60), now)).toBe('just now');
    expect(sinceWords(before(1), now)).toBe('1 min ago');
    expect(sinceWords(before(59), now)).toBe('59 min ago');
    expect(sinceWords(before(60), now)).toBe('1 h ago');
    expect(sinceWords(before(23 * 60 + 59), now)).toBe('23 h ago');
    expect(sinceWords(before(24 * 60), now)).toBe('1 day ago');
    expect(sinceWords(before(72 * 60), now)).toBe('3 days ago');
  });

  it('names every computer still sending files', () => {
    const computer = (name: string, waiting: boolean) => ({ id: name, name, wroteAt: null, waiting });
    const status = {
      ...SYNC_OFF,
      enabled: true,
      lastSyncedAt: now.toISOString(),
      computers: [computer('Desk-PC', true), computer('Tablet', false), computer('Old laptop', true)],
    };
    expect(syncStatusLine(status, now)).toBe('Waiting for files from Desk-PC, Old laptop');
  });
});

describe('which change wins', () => {
  it('takes the later stamp, keeps the current one on a tie, and takes anything where there was none', () => {
    const earlier = '2026-12-02T10:00:00.000Z-0000-AAAA';
    const later = '2026-12-02T10:00:00.000Z-0001-AAAA';
    expect(wins(later, earlier)).toBe(true);
    expect(wins(earlier, later)).toBe(false);
    expect(wins(earlier, earlier)).toBe(false);
    expect(wins(earlier, undefined)).toBe(true);
  });
});

describe('natural sync ids', () => {
  it('are made only from text that is there: a listing without a hash goes by its URL, a job with neither has none', () => {
    expect(naturalSyncId('jobs', { content_hash: '', url: 'https://example.com/1' }, {})).toBe('url:https://example.com/1');
    expect(naturalSyncId('jobs', { content_hash: 42, url: 'https://example.com/1' }, {})).toBe('url:https://example.com/1');
    expect(naturalSyncId('jobs', { content_hash: null, url: '' }, {})).toBeNull();
    expect(naturalSyncId('people', { email: '  Ada@Example.COM ' }, {})).toBe('email:ada@example.com');
    expect(naturalSyncId('people', { email: null }, {})).toBeNull();
    expect(naturalSyncId('stages', { title: 'Recruiter call' }, { job_id: 'listing:abc' })).toBeNull();
  });

  it('know only the synced tables, not what every object has', () => {
    expect(isDatasetName('jobs')).toBe(true);
    expect(isDatasetName('toString')).toBe(false);
    expect(isDatasetName('sync_outbox')).toBe(false);
    expect(isDatasetName(7)).toBe(false);
  });
});
