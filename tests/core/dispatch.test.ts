import { describe, expect, it, vi } from 'vitest';
import { CALL_NAMES } from '../../src-shared/contract';
import { dispatch } from '../../src-main/core/dispatch';
import { createHandlers, type CallTable } from '../../src-main/core/handlers';
import { testCore } from '../support/helpers';
import { EMPTY_JOB_EDIT } from '../support/cards';

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

  it('names an unknown call in its message, however odd the name', async () => {
    const handlers = createHandlers(await testCore(), { emit: () => undefined });
    const messageFor = async (name: unknown) => {
      const result = await dispatch(handlers, name, undefined);
      return result.ok ? null : result.error.message;
    };
    expect(await messageFor('dropDatabase')).toBe('Unknown call "dropDatabase".');
    expect(await messageFor(42)).toBe('Unknown call (a number, not a name).');
    expect(await messageFor(null)).toBe('Unknown call (a null, not a name).');
    expect(await messageFor(undefined)).toBe('Unknown call (a undefined, not a name).');
    expect(await messageFor('x'.repeat(60))).toBe(`Unknown call "${'x'.repeat(60)}".`);
    expect(await messageFor('y'.repeat(61))).toBe(`Unknown call "${'y'.repeat(60)}…".`);
  });

  it('says which fields are wrong and why, three at most', async () => {
    const handlers = createHandlers(await testCore(), { emit: () => undefined });
    const messageFor = async (args: unknown) => {
      const result = await dispatch(handlers, 'addJob', args);
      return result.ok ? null : result.error.message;
    };
    expect(await messageFor({ title: 5, company: 'C' })).toBe('addJob: title: Title must be text');
    expect(await messageFor({ title: 5, company: 6 })).toBe('addJob: title: Title must be text; company: Company must be text');
    expect(await messageFor([])).toBe('addJob: expected an object of named fields');
    const moves = await dispatch(handlers, 'moveJobs', { moves: [{ id: 1, columnId: 'x', beforeId: null }] });
    expect(moves.ok ? null : moves.error.message).toBe('moveJobs: moves.0.columnId: id must be a number');
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
    expect(log).toHaveBeenCalledWith(
      'Quarry: getBoard failed',
      expect.objectContaining({ message: expect.stringMatching(/secret/) }),
    );
  });

  it('turns a SQLite storage failure into a storage error', async () => {
    const failing = await withFailingBoard(Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' }));
    const result = await dispatch(failing, 'getBoard', undefined);
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'storage', message: expect.stringMatching(/^getBoard could not save: .*full/) },
    });
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
    await dispatch(table, 'editJob', { ...EMPTY_JOB_EDIT, id: 999, title: 'x', company: 'y' });
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
