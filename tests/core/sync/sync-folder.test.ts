import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { RowMessage } from '../../../src-shared/domain/sync';
import { HybridClock, newComputerId, stampAt } from '../../../src-main/core/sync/hlc';
import { decodeLines, encodeLine, MESSAGE_FILE_LIMIT, SyncFolder } from '../../../src-main/core/sync/sync-folder';
import { tempDir } from '../../support/helpers';

const STAMP = '2026-12-02T10:00:00.000Z-0000-00000000000000AA';
const message = (cells: RowMessage['cells'], overrides: Partial<RowMessage> = {}): RowMessage => ({
  stamp: STAMP,
  dataset: 'jobs',
  row: 'listing:abc',
  cells,
  ...overrides,
});
/** A line with a valid checksum around any JSON: only the shape check can refuse it. */
const lineAround = (json: string) => `${createHash('sha256').update(json).digest('hex').slice(0, 16)} ${json}\n`;

describe('message lines', () => {
  it('round-trips row messages, and reads only whole lines', () => {
    const first = message({ title: 'Data Engineer', salary_min: 90000, deleted_at: null });
    const file = message({ compressed: { blob: 'a'.repeat(64) } }, { dataset: 'source_files', row: `sha256:${'b'.repeat(64)}` });
    const second = message({ _deleted: 1 }, { row: 'listing:def', dataset: 'jobs' });
    const bytes = Buffer.from(encodeLine([first]) + encodeLine([file, second]));
    expect(decodeLines(bytes)).toEqual({ messages: [first, file, second], cleanBytes: bytes.length, damaged: [] });
    const cut = bytes.subarray(0, bytes.length - 5);
    expect(decodeLines(cut)).toEqual({ messages: [first], cleanBytes: encodeLine([first]).length, damaged: [] });
  });

  it('refuses a line whose checksum fails or whose content is not a message, and stops the clean offset there', () => {
    const good = encodeLine([message({ title: 'Good' })]);
    const shapes = [
      '{"not":"a list"}',
      '[["bad stamp","jobs","r",{}]]',
      `[["${STAMP}","no_such_table","r",{}]]`,
      `[["${STAMP}","jobs","",{}]]`,
      `[["${STAMP}","jobs","${'r'.repeat(501)}",{}]]`,
      `[["${STAMP}","jobs","r",[]]]`,
      `[["${STAMP}","jobs","r",{"no_such_column":1}]]`,
      `[["${STAMP}","jobs","r",{"title":{"blob":"not-a-hash"}}]]`,
      `[["${STAMP}","jobs","r",{"title":{"blob":"${'a'.repeat(64)}","extra":1}}]]`,
      `[["${STAMP}","jobs","r",{"title":true}]]`,
      `[["${STAMP}","jobs","r"]]`,
      `[["${STAMP}","jobs","r",{},"extra"]]`,
      '["an entry that is not a list"]',
      `[["${STAMP}","jobs",7,{}]]`,
      `[["${STAMP}","jobs","r",null]]`,
      `[["${STAMP}","jobs","r","cells"]]`,
      `[["${STAMP}","jobs","r",{"title":1e999}]]`,
      `[["${STAMP}","jobs","r",{"title":{"blob":5}}]]`,
      `[["${STAMP}","jobs","r",{"title":{}}]]`,
      'not json at all',
    ];
    for (const json of shapes) {
      const decoded = decodeLines(Buffer.from(good + lineAround(json) + good));
      expect(decoded, json).toEqual({
        messages: [message({ title: 'Good' }), message({ title: 'Good' })],
        cleanBytes: good.length,
        damaged: [2],
      });
    }
    expect(decodeLines(Buffer.from(`${good.slice(0, -3)}xx\n`)).damaged).toEqual([1]);
    expect(decodeLines(Buffer.from(`short ${good.slice(17)}`)).damaged).toEqual([1]);
  });
});

describe('a computer’s corner of the folder', () => {
  it('takes only computers for computers: not a sync tool’s hidden folder, not a description under another id, not a stray file', () => {
    const root = tempDir('quarry-sync-folder-');
    const own = new SyncFolder(root, 'AAAA');
    own.ensureReachable();
    const place = (folder: string, content: unknown) => {
      mkdirSync(join(root, folder, 'messages'), { recursive: true });
      writeFileSync(join(root, folder, 'computer.json'), JSON.stringify(content));
    };
    place('.stversions', { format: 1, id: '.stversions', name: 'Old versions', wroteAt: '', files: {} });
    place('BBBB', { format: 1, id: 'CCCC', name: 'Copied', wroteAt: '', files: {} });
    place('DDDD', { format: 1, id: 'DDDD', name: 7, wroteAt: '', files: {} });
    place('EEEE', { format: 1, id: 'EEEE', name: 'Desk', wroteAt: '2026-12-02T10:00:00.000Z', files: {} });
    writeFileSync(join(root, 'EEEE', 'messages', '000001.jsonl'), '');
    writeFileSync(join(root, 'EEEE', 'messages', '.syncthing.000002.jsonl.tmp'), '');
    writeFileSync(join(root, 'EEEE', 'messages', 'desktop.ini'), '');
    expect(own.otherComputers().map(({ computer, problem }) => [computer.id, computer.name, problem])).toEqual([
      ['BBBB', 'BBBB', 'BBBB/computer.json could not be read'],
      ['DDDD', 'DDDD', 'DDDD/computer.json could not be read'],
      ['EEEE', 'Desk', null],
    ]);
    expect(own.messageFiles('EEEE')).toEqual([join('EEEE', 'messages', '000001.jsonl')]);
    expect(own.messageFiles('FFFF')).toEqual([]);
  });

  it('appends to its own numbered file whatever else lies beside it, and reads what a shortened file still has', () => {
    const root = tempDir('quarry-sync-folder-');
    const folder = new SyncFolder(root, 'AAAA');
    folder.ensureReachable();
    const messages = join(root, 'AAAA', 'messages');
    writeFileSync(join(messages, 'old-000009.jsonl'), 'left by hand\n');
    const line = encodeLine([message({ title: 'x'.repeat(10) }, { row: 'r'.repeat(500) })]);
    folder.append([line], 'Laptop', new Date('2026-12-02T10:00:00Z'));
    expect(readdirSync(messages).sort()).toEqual(['000001.jsonl', 'old-000009.jsonl']);
    expect(decodeLines(readFileSync(join(messages, '000001.jsonl'))).messages).toHaveLength(1);
    const description = JSON.parse(readFileSync(join(root, 'AAAA', 'computer.json'), 'utf8')) as { files: object };
    expect(description.files).toEqual({ '000001.jsonl': line.length });
    const reader = new SyncFolder(root, 'BBBB');
    expect(reader.readFrom(join('AAAA', 'messages', '000001.jsonl'), 17, line.length + 100).toString()).toBe(line.slice(17));
  });

  it('starts a new message file past the size limit, and lists every .jsonl file of another computer', () => {
    const root = tempDir('quarry-sync-folder-');
    const folder = new SyncFolder(root, 'AAAA');
    folder.ensureReachable();
    const big = encodeLine([message({ description_html: 'x'.repeat(MESSAGE_FILE_LIMIT) })]);
    folder.append([big], 'Laptop', new Date('2026-12-02T10:00:00Z'));
    folder.append([encodeLine([message({ title: 'after' })])], 'Laptop', new Date('2026-12-02T10:01:00Z'));
    expect(readdirSync(join(root, 'AAAA', 'messages'))).toEqual(['000001.jsonl', '000002.jsonl']);
    const reader = new SyncFolder(root, 'BBBB');
    expect(reader.messageFiles('AAAA')).toEqual([
      join('AAAA', 'messages', '000001.jsonl'),
      join('AAAA', 'messages', '000002.jsonl'),
    ]);
    expect(reader.otherComputers()).toEqual([
      {
        computer: {
          format: 1,
          id: 'AAAA',
          name: 'Laptop',
          wroteAt: '2026-12-02T10:01:00.000Z',
          files: { '000001.jsonl': big.length, '000002.jsonl': encodeLine([message({ title: 'after' })]).length },
        },
        problem: null,
      },
    ]);
  });

  it('reads a computer whose description is half copied under its id, with a problem to show', () => {
    const root = tempDir('quarry-sync-folder-');
    mkdirSync(join(root, 'CCCC'));
    writeFileSync(join(root, 'CCCC', 'computer.json'), '{"format":1,"id":"CC');
    mkdirSync(join(root, '.stfolder'));
    mkdirSync(join(root, 'no-description'));
    expect(new SyncFolder(root, 'AAAA').otherComputers()).toEqual([
      {
        computer: { format: 1, id: 'CCCC', name: 'CCCC', wroteAt: '', files: {} },
        problem: 'CCCC/computer.json could not be read',
      },
    ]);
  });

  it('keeps a file once, by its hash, and hands out only a whole copy', () => {
    const root = tempDir('quarry-sync-folder-');
    const laptop = new SyncFolder(root, 'AAAA');
    const desk = new SyncFolder(root, 'BBBB');
    laptop.ensureReachable();
    desk.ensureReachable();
    const bytes = Buffer.from('%PDF-1.7 résumé');
    const hash = laptop.putBlob(bytes);
    expect(desk.putBlob(bytes)).toBe(hash);
    expect(readdirSync(join(root, 'BBBB', 'blobs'))).toEqual([]);
    // A second, broken copy elsewhere does not hide the whole one.
    mkdirSync(join(root, '0000', 'blobs'), { recursive: true });
    writeFileSync(join(root, '0000', 'blobs', hash), bytes.subarray(0, 4));
    expect(desk.getBlob(hash)).toEqual(bytes);
    expect(desk.getBlob('f'.repeat(64))).toBeUndefined();
  });

  it('says plainly when the folder is not there', () => {
    // Under a fresh temporary folder, so no earlier run (or mutant) can have made it.
    const missing = join(tempDir('quarry-sync-folder-'), 'unplugged');
    expect(() => new SyncFolder(missing, 'AAAA').ensureReachable()).toThrow(`The sync folder ${missing} is not there.`);
  });
});

describe('the hybrid clock', () => {
  it('moves past a received stamp, refuses one more than a week ahead, and keeps stamps of one millisecond apart', () => {
    const clock = new HybridClock('00000000000000AA');
    const ahead = stampAt(new Date(Date.now() + 60 * 60 * 1000), 0, '00000000000000BB');
    expect(clock.receive(ahead)).toBe(true);
    expect(clock.next() > ahead).toBe(true);
    expect(clock.receive(stampAt(new Date(Date.now() + 8 * 24 * 60 * 60 * 1000), 0, '00000000000000BB'))).toBe(false);
    expect(clock.receive('not a stamp')).toBe(false);
    const when = new Date('2026-12-02T10:00:00.000Z');
    expect(stampAt(when, 1, 'AA')).toBe('2026-12-02T10:00:00.000Z-0001-00000000000000AA');
    expect(stampAt(when, 0x10001, 'AA')).toBe('2026-12-02T10:00:00.001Z-0001-00000000000000AA');
    expect(stampAt(new Date('nonsense'), 0, 'AA')).toBe('1970-01-01T00:00:00.000Z-0000-00000000000000AA');
    // A clock restored from its last stamp goes on from there, not from zero; one restored from another computer's does not.
    const restored = new HybridClock('00000000000000AA', clock.last);
    expect(restored.next() > clock.last).toBe(true);
    expect(new HybridClock('00000000000000CC', clock.last).next()).toMatch(/^\d{4}-.*-00000000000000CC$/u);
  });

  it('holds back the last stamp of a millisecond ahead of this clock, whose counter is used up, until time passes it', () => {
    const clock = new HybridClock('00000000000000AA');
    const inOneSecond = new Date(Date.now() + 1000);
    expect(clock.receive(stampAt(inOneSecond, 0xfffe, '00000000000000BB'))).toBe(true);
    expect(clock.receive(stampAt(inOneSecond, 0xffff, '00000000000000BB'))).toBe(false);
    vi.setSystemTime(inOneSecond.getTime() + 1);
    try {
      expect(clock.receive(stampAt(inOneSecond, 0xffff, '00000000000000BB'))).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });

  it('names a new computer by 16 hex digits in capitals, as its folder is named', () => {
    expect(newComputerId()).toMatch(/^[0-9A-F]{16}$/u);
    expect(newComputerId()).not.toBe(newComputerId());
  });
});
