import { describe, expect, it } from 'vitest';
import { listColumns } from '../../../src-main/core/repos/columns-repo';
import { addColumn, moveColumn, renameColumn, setColumnHidden } from '../../../src-main/core/services/columns-service';
import { addJob } from '../../../src-main/core/services/jobs-service';
import { fakeClock, testCore } from '../../support/helpers';

const names = (db: Parameters<typeof listColumns>[0]) => listColumns(db).map((column) => column.name);

describe('columns', () => {
  it('adds a column before Closed, with a unique name', async () => {
    const { db } = await testCore();
    addColumn(db, 'Take-home');
    expect(names(db)).toEqual(['Saved', 'Applied', 'Interviewing', 'Offer', 'Take-home', 'Closed']);
    expect(() => addColumn(db, 'applied')).toThrow(/already a column/);
  });

  it('gives each added column a key of its own, even two added in the same millisecond', async () => {
    const { db } = await testCore();
    const keys = ['Take-home', 'Homework'].map((name) => addColumn(db, name).key);
    expect(keys).toEqual([expect.stringMatching(/^custom-[0-9a-z]+-[0-9a-z]{4}$/u), expect.stringMatching(/^custom-/u)]);
    expect(new Set(keys).size).toBe(2);
  });

  it('renames a column to another case of its own name, never to another column’s', async () => {
    const { db } = await testCore();
    const [saved] = listColumns(db);
    expect(renameColumn(db, saved!.id, 'SAVED').name).toBe('SAVED');
    expect(() => renameColumn(db, saved!.id, 'applied')).toThrow(/^There is already a column called “applied”\.$/u);
  });

  it('renames and reorders', async () => {
    const { db } = await testCore();
    const [saved, applied, , offer] = listColumns(db);
    renameColumn(db, applied!.id, 'Sent');
    moveColumn(db, offer!.id, saved!.id);
    expect(names(db)).toEqual(['Offer', 'Saved', 'Sent', 'Interviewing', 'Closed']);
    moveColumn(db, offer!.id, null);
    expect(names(db)).toEqual(['Saved', 'Sent', 'Interviewing', 'Closed', 'Offer']);
  });

  it('hides columns but always keeps an open one visible, where new jobs go', async () => {
    const clock = fakeClock();
    const { db } = await testCore({ clock });
    const columns = listColumns(db);
    setColumnHidden(db, columns[0]!.id, true);
    expect(addJob(db, { title: 'T', company: 'C' }, clock).columnId).toBe(columns[1]!.id);
    for (const column of columns.slice(1, 3)) setColumnHidden(db, column.id, true);
    expect(() => setColumnHidden(db, columns[3]!.id, true)).toThrow(/at least one open column/);
    setColumnHidden(db, columns[0]!.id, false);
    expect(
      listColumns(db)
        .filter((column) => !column.hidden)
        .map((column) => column.name),
    ).toEqual(['Saved', 'Offer', 'Closed']);
  });

  it('hides Closed or shows a shown column whatever else is hidden', async () => {
    const { db } = await testCore();
    const columns = listColumns(db);
    for (const column of columns.slice(0, 3)) setColumnHidden(db, column.id, true);
    expect(setColumnHidden(db, columns[3]!.id, false).hidden).toBe(false);
    expect(() => setColumnHidden(db, columns[3]!.id, true)).toThrow(
      /^Keep at least one open column visible: new jobs land there\.$/u,
    );
    expect(setColumnHidden(db, columns[4]!.id, true).hidden).toBe(true);
  });
});
