import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../../src-main/core/handlers';
import type { StageView } from '../../../src-shared/domain/job';
import { createCaller, fakeClock, testCore } from '../../support/helpers';

const DAY = 24 * 60 * 60 * 1000;

/**
 * Insights read from the database: three jobs saved on 24 Nov. A is applied to a day later, has a recruiter
 * call it passed the day after, moves to Interviewing and is closed as rejected; B stays saved; C is applied
 * to on 25 Nov and waits.
 */
async function journeys() {
  const clock = fakeClock('2026-11-24T09:00:00.000Z');
  const core = await testCore({ clock });
  const call = createCaller(createHandlers(core, { emit: () => undefined }));
  const columns = Object.fromEntries((await call('getBoard', {})).columns.map((column) => [column.key, column.id]));
  const [a, , c] = await Promise.all(['A', 'B', 'C'].map((title) => call('addJob', { title, company: 'Co' })));
  clock.advance(DAY);
  await call('moveJob', { id: a!.id, columnId: columns.applied!, beforeId: null });
  await call('moveJob', { id: c!.id, columnId: columns.applied!, beforeId: null });
  const stage: StageView = await call('addStage', {
    jobId: a!.id,
    kind: 'recruiter_call',
    title: 'Recruiter call',
    durationMinutes: 30,
  });
  const { id: stageId, ...fields } = stage;
  await call('updateStage', { id: stageId, ...fields, status: 'passed', startsAt: '2026-11-26T15:00:00.000Z', timeZone: 'UTC' });
  clock.advance(2 * DAY);
  await call('moveJob', { id: a!.id, columnId: columns.interviewing!, beforeId: null });
  clock.advance(2 * DAY);
  await call('moveJob', { id: a!.id, columnId: columns.closed!, beforeId: null, outcome: 'rejected' });
  return call;
}

describe('insights from the database', () => {
  it('follows each job through its moves and stages into the funnel', async () => {
    const call = await journeys();
    const insights = await call('getInsights', { from: null, to: null });
    expect(insights).toMatchObject({
      jobs: 3,
      applications: 2,
      responses: 1,
      responseRate: 0.5,
      medianDaysToFirstResponse: 1,
      passRates: [{ kind: 'recruiter_call', passed: 1, failed: 0, rate: 1 }],
    });
    expect(insights.flows.map((flow) => `${flow.source}→${flow.target} ${flow.value}`)).toEqual([
      'saved→applied 2',
      'applied→round:1 1',
      'round:1→outcome:rejected 1',
      'saved→not-applied 1',
      'applied→open 1',
    ]);
    expect(insights.nodes.find((node) => node.id === 'open')?.label).toBe('Still open');
    expect(insights.perWeek).toEqual([{ weekStart: expect.any(String), count: 2 }]);
  });

  it('counts only the jobs applied to (or, never applied, saved) within the range', async () => {
    const call = await journeys();
    expect(await call('getInsights', { from: '2026-11-25T00:00:00.000Z', to: null })).toMatchObject({ jobs: 2, applications: 2 });
    expect(await call('getInsights', { from: null, to: '2026-11-24T23:59:59.999Z' })).toMatchObject({ jobs: 1, applications: 0 });
  });
});
