import { describe, expect, it } from 'vitest';
import { fullTextQuery, SearchIndex } from '../../../src-main/core/search/search-index';
import { deleteJob, editJob, moveJob, restoreJob } from '../../../src-main/core/services/board-service';
import { addJob, getBoard } from '../../../src-main/core/services/jobs-service';
import { testCore } from '../../support/helpers';

describe('the full-text query', () => {
  it('quotes each word of three letters or more, and makes only the last a prefix, once it has four', () => {
    expect(fullTextQuery([])).toBeNull();
    expect(fullTextQuery(['go', 'ui'])).toBeNull();
    expect(fullTextQuery(['aws'])).toBe('"aws"');
    expect(fullTextQuery(['data'])).toBe('"data"*');
    expect(fullTextQuery(['data', 'go', 'engineer'])).toBe('"data" "engineer"*');
    expect(fullTextQuery(['engineer', 'aws'])).toBe('"engineer" "aws"');
    expect(fullTextQuery(['engineer', 'go'])).toBe('"engineer"');
    expect(fullTextQuery(['say"hi'])).toBe('"say""hi"*');
  });
});

/** Jobs through the services, and an index over them built the way the app builds it. */
async function setup() {
  const core = await testCore();
  const { db, clock } = core;
  const columns = Object.fromEntries(getBoard(db, clock).columns.map((column) => [column.key, column.id]));
  const add = (title: string, company: string, description?: string) => {
    const { id } = addJob(db, { title, company }, clock);
    if (description) db.prepare('UPDATE jobs SET description_text = ? WHERE id = ?').run(description, id);
    return id;
  };
  return { db, clock, columns, add, index: () => new SearchIndex(db) };
}

describe('the search index', () => {
  it('holds every live job and follows deletes', async () => {
    const { db, clock, add, index: open } = await setup();
    const kept = add('Data Engineer', 'Globex');
    const gone = add('Frontend Developer', 'Initech');
    const index = open();
    expect(index.size).toBe(2);
    deleteJob(db, gone, clock);
    index.refresh([gone]);
    expect(index.size).toBe(1);
    expect(index.search('frontend')).toEqual([]);
    expect(index.search('status:saved').map((hit) => hit.id)).toEqual([kept]);
  });

  it('finds a job by its location', async () => {
    const { db, clock, add, index: open } = await setup();
    const id = add('Data Engineer', 'Globex');
    const { location: _location, ...card } = { ...getBoard(db, clock).cards[0]!, location: null };
    editJob(db, id, { ...card, location: 'Lisbon', employmentType: null, salaryText: null }, clock);
    expect(
      open()
        .search('lisbon')
        .map((hit) => hit.id),
    ).toEqual([id]);
  });

  it('answers operators alone with every job that passes them, by id, and nothing for an empty query', async () => {
    const { db, clock, columns, add, index: open } = await setup();
    const first = add('Data Engineer', 'Globex Corporation');
    const second = add('Platform Engineer', 'Globex');
    const third = add('Designer', 'Initech');
    moveJob(db, { id: third, columnId: columns.interviewing!, beforeId: null }, clock);
    const index = open();
    expect(index.search('company:globex')).toEqual([
      {
        id: first,
        title: 'Data Engineer',
        company: 'Globex Corporation',
        column: 'Saved',
        score: 1,
        matches: [],
        inDescription: false,
      },
      { id: second, title: 'Platform Engineer', company: 'Globex', column: 'Saved', score: 1, matches: [], inDescription: false },
    ]);
    expect(index.search('status:inter').map((hit) => hit.id)).toEqual([third]);
    expect(index.search('status:ing')).toEqual([]);
    expect(index.search('   ')).toEqual([]);
    expect(index.search('status:')).toEqual([]);
  });

  it('scores description-only hits by their full-text rank, and adds half that to a job a short field names', async () => {
    const { add, index: open } = await setup();
    const dense = add('Analyst', 'Acme', 'Kubernetes kubernetes kubernetes operators');
    const sparse = add(
      'Designer',
      'Acme',
      'We sometimes mention kubernetes in a long description about many other things entirely',
    );
    const titled = add('Kubernetes Admin', 'Acme');
    const before = open().search('kubernetes');
    expect(before.map((hit) => [hit.id, hit.inDescription])).toEqual([
      [titled, false],
      [dense, true],
      [sparse, true],
    ]);
    expect(before[1]!.score).toBeCloseTo(0.6);
    expect(before[2]!.score).toBeCloseTo(0.3);
    expect(before[1]!.matches).toEqual([]);

    const also = add('Kubernetes Admin', 'Acme', 'kubernetes all day');
    const after = open().search('kubernetes');
    const hit = (id: number) => after.find((found) => found.id === id)!;
    expect(hit(also).inDescription).toBe(true);
    // Second of three by full-text rank (the analyst's description says it more densely): 0.6 × (1 − 1/3), halved.
    expect(hit(also).score - hit(titled).score).toBeCloseTo((0.6 * (1 - 1 / 3)) / 2);
  });

  it('says which short field matched, with what it holds and where', async () => {
    const { add, index: open } = await setup();
    add('Backend Engineer', 'Umbrella');
    const [hit] = open().search('umbrella');
    expect(hit!.matches).toContainEqual({ field: 'company', value: 'Umbrella', ranges: [[0, 7]] });
  });

  it('ranks any job a short field names, however faintly, above jobs only their descriptions name', async () => {
    const { add, index: open } = await setup();
    const described = add('Analyst', 'Acme', 'Kubernetes kubernetes kubernetes operators');
    const faint = add('Senior Site Reliability Engineer for Kubernete Platform Tooling', 'Acme');
    const hits = open().search('kubernetes');
    expect(hits.map((hit) => hit.id)).toEqual([faint, described]);
    expect(hits[0]!.score).toBeLessThan(hits[1]!.score);
  });

  it('ranks equal scores by id, also for a job that came back after a delete', async () => {
    const { db, clock, add, index: open } = await setup();
    const ids = [add('Engineer', 'Acme'), add('Engineer', 'Acme'), add('Engineer', 'Acme')];
    const index = open();
    deleteJob(db, ids[0]!, clock);
    index.refresh([ids[0]!]);
    restoreJob(db, ids[0]!, clock);
    index.refresh([ids[0]!]);
    expect(index.search('engineer').map((hit) => hit.id)).toEqual(ids);
    expect(index.search('status:saved').map((hit) => hit.id)).toEqual(ids);
  });
});
