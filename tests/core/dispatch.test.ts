import { describe, expect, it, vi } from 'vitest';
import { CALL_NAMES } from '../../src-shared/contract';
import { dispatch } from '../../src-main/core/dispatch';
import { createHandlers, type CallTable } from '../../src-main/core/handlers';
import { testCore } from '../support/helpers';

/** Arguments no call accepts: wrong types, unknown fields, prototype-pollution keys, oversized text. */
const MALFORMED: [string, unknown][] = [
  ['a number', 42],
  ['a string', 'text'],
  ['an array', []],
  ['null', null],
  ['a boolean', true],
  ['an unknown field', { unexpectedField: 1 }],
  ['a __proto__ key', JSON.parse('{"__proto__": {"polluted": true}}')],
  ['a constructor key', { constructor: { prototype: { polluted: true } } }],
  ['a huge string field', { title: 'x'.repeat(1_000_000), company: 'y', id: 'z' }],
];

describe('dispatch', () => {
  it.each(CALL_NAMES.flatMap((name) => MALFORMED.map(([label, args]) => [name, label, args] as const)))(
    '%s rejects %s with a typed validation error',
    async (name, _label, args) => {
      const handlers = createHandlers(await testCore(), { emit: () => undefined });
      const result = await dispatch(handlers, name, args);
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe('invalid_argument');
        expect(result.error.message).toMatch(new RegExp(`^${name}: `));
        expect(result.error.message.length).toBeLessThan(600);
        expect(Object.keys(result.error).sort()).toEqual(['code', 'message']);
      }
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    },
  );

  it('rejects unknown call names, including inherited properties', async () => {
    const handlers = createHandlers(await testCore(), { emit: () => undefined });
    for (const name of ['dropDatabase', '__proto__', 'toString', 'constructor', 42, null]) {
      const result = await dispatch(handlers, name, undefined);
      expect(result).toMatchObject({ ok: false, error: { code: 'unknown_call' } });
    }
  });

  it('passes validated, normalised arguments to the handler', async () => {
    const handlers = createHandlers(await testCore(), { emit: () => undefined });
    const result = await dispatch(handlers, 'addJob', { title: '  Staff   Engineer ', company: 'Acme', url: '' });
    expect(result).toMatchObject({ ok: true, value: { title: 'Staff Engineer', company: 'Acme', url: null } });
  });

  it('rejects URLs that are not web addresses', async () => {
    const handlers = createHandlers(await testCore(), { emit: () => undefined });
    for (const url of ['javascript:alert(1)', 'file:///etc/passwd', 'not a url']) {
      const result = await dispatch(handlers, 'addJob', { title: 'T', company: 'C', url });
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid_argument' } });
    }
  });

  /** The app's calls, with getBoard failing as given. */
  async function withFailingBoard(error: Error): Promise<CallTable> {
    const table = createHandlers(await testCore(), { emit: () => undefined });
    return {
      ...table,
      handlers: {
        ...table.handlers,
        getBoard: {
          run: () => {
            throw error;
          },
        },
      },
    };
  }

  it('answers an unexpected failure with a generic internal error and no stack', async () => {
    const log = vi.fn();
    const result = await dispatch(
      await withFailingBoard(new Error('secret detail at /home/user/file.ts:12')),
      'getBoard',
      undefined,
      log,
    );
    expect(result).toEqual({
      ok: false,
      error: { code: 'internal', message: 'getBoard failed unexpectedly. Details were written to the log.' },
    });
    expect(log).toHaveBeenCalledOnce();
  });

  it('turns a SQLite storage failure into a storage error', async () => {
    const failing = await withFailingBoard(Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' }));
    const result = await dispatch(failing, 'getBoard', undefined);
    expect(result).toMatchObject({ ok: false, error: { code: 'storage', message: expect.stringMatching(/disk is full/) } });
  });

  it('applies the change a call declares once it succeeds, and none for a failed or read-only call', async () => {
    const core = await testCore();
    const events: string[] = [];
    const table = createHandlers(core, { emit: (event, payload) => events.push(`${event}:${JSON.stringify(payload)}`) });
    const changed: number[][] = [];
    core.onJobsChanged(() => undefined);
    const spy = vi.spyOn(core, 'jobsChanged').mockImplementation((ids) => void changed.push([...ids]));
    const added = await dispatch(table, 'addJob', { title: 'Staff Engineer', company: 'Acme' });
    const id = (added as { ok: true; value: { id: number } }).value.id;
    expect(changed).toEqual([[id]]);
    await dispatch(table, 'getBoard', undefined);
    await dispatch(table, 'editJob', {
      id: 999,
      title: 'x',
      company: 'y',
      location: null,
      remote: null,
      url: null,
      tags: [],
      employmentType: null,
      salaryText: null,
    });
    expect(changed).toEqual([[id]]);
    await dispatch(table, 'deleteJob', { id });
    expect(changed).toEqual([[id], [id]]);
    expect(events).toEqual([]);
    const sheet = await dispatch(table, 'importSpreadsheet', {
      rows: [['Platform Engineer', 'Northwind']],
      mapping: ['title', 'company'],
    });
    expect(sheet.ok).toBe(true);
    expect(changed).toHaveLength(3);
    expect(events).toEqual(['dataChanged:{"reason":"import"}']);
    spy.mockRestore();
  });
});
