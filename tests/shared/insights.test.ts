import { describe, expect, it } from 'vitest';
import { applicationsPerWeek, computeInsights, rangeFor, type JobJourney } from '../../src-shared/domain/insights';

const now = new Date('2026-11-24T12:00:00.000Z');
const move = (toKey: string, at: string, outcome: JobJourney['outcome'] = null) => ({
  toKey,
  toCloses: toKey === 'closed',
  outcome,
  at: `2026-${at}T10:00:00.000Z`,
});
let nextId = 1;
function journey(moves: ReturnType<typeof move>[], stages: JobJourney['stages'] = []): JobJourney {
  const last = moves.at(-1)!;
  return {
    id: nextId++,
    createdAt: moves[0]!.at,
    current: { key: last.toKey, closes: last.toCloses },
    outcome: last.outcome,
    moves,
    stages,
  };
}

const journeys: JobJourney[] = [
  // Saved, never applied.
  journey([move('saved', '11-01')]),
  // Applied, ghosted.
  journey([move('saved', '11-02'), move('applied', '11-03'), move('closed', '11-20', 'ghosted')]),
  // Applied, rejected after a recruiter call (failed).
  journey(
    [move('saved', '11-02'), move('applied', '11-04'), move('interviewing', '11-08'), move('closed', '11-12', 'rejected')],
    [{ kind: 'recruiter_call', status: 'failed', startsAt: '2026-11-07T10:00:00.000Z' }],
  ),
  // Applied, two rounds passed, offer accepted.
  journey(
    [
      move('saved', '11-09'),
      move('applied', '11-10'),
      move('interviewing', '11-12'),
      move('offer', '11-18'),
      move('closed', '11-20', 'accepted'),
    ],
    [
      { kind: 'recruiter_call', status: 'passed', startsAt: '2026-11-12T10:00:00.000Z' },
      { kind: 'system_design', status: 'passed', startsAt: '2026-11-16T10:00:00.000Z' },
      { kind: 'values', status: 'cancelled', startsAt: null },
    ],
  ),
  // Applied, still waiting.
  journey([move('saved', '11-10'), move('applied', '11-11')]),
  // Withdrew before applying.
  journey([move('saved', '11-05'), move('closed', '11-06', 'withdrawn')]),
];

describe('insights', () => {
  it('follows each application from Saved to where it ended', () => {
    const result = computeInsights(journeys, { from: null, to: null }, now);
    const flow = (source: string, target: string) =>
      result.flows.find((candidate) => candidate.source === source && candidate.target === target)?.value ?? 0;
    expect(flow('saved', 'applied')).toBe(4);
    expect(flow('saved', 'not-applied')).toBe(1);
    expect(flow('saved', 'outcome:withdrawn')).toBe(1);
    expect(flow('applied', 'outcome:ghosted')).toBe(1);
    expect(flow('applied', 'open')).toBe(1);
    expect(flow('applied', 'round:1')).toBe(2);
    expect(flow('round:1', 'outcome:rejected')).toBe(1);
    expect(flow('round:1', 'round:2')).toBe(1);
    expect(flow('round:2', 'offer')).toBe(1);
    expect(flow('offer', 'outcome:accepted')).toBe(1);
    expect(result.nodes.find((node) => node.id === 'round:2')?.label).toBe('2nd interview');
    // A job moved to Interviewing without any stage recorded still shows that step.
    const interviewing = computeInsights(
      [journey([move('saved', '11-02'), move('applied', '11-03'), move('interviewing', '11-10')])],
      { from: null, to: null },
      now,
    );
    expect(interviewing.flows.map((candidate) => [candidate.source, candidate.target])).toEqual([
      ['saved', 'applied'],
      ['applied', 'interviewing'],
      ['interviewing', 'open'],
    ]);
    expect(interviewing.nodes.find((node) => node.id === 'interviewing')?.label).toBe('Interviewing');
    // What flows into a node flows out of it.
    for (const node of result.nodes) {
      const inflow = result.flows.filter((candidate) => candidate.target === node.id).reduce((sum, f) => sum + f.value, 0);
      const outflow = result.flows.filter((candidate) => candidate.source === node.id).reduce((sum, f) => sum + f.value, 0);
      if (inflow > 0 && outflow > 0) expect(outflow).toBe(inflow);
    }
  });

  it('counts responses, days to the first one, pass rates and weekly applications', () => {
    const result = computeInsights(journeys, { from: null, to: null }, now);
    expect(result.jobs).toBe(6);
    expect(result.applications).toBe(4);
    expect(result.responses).toBe(2);
    expect(result.responseRate).toBe(0.5);
    // 11-04 → 11-07 (3 days) and 11-10 → 11-12 (2 days).
    expect(result.medianDaysToFirstResponse).toBe(2.5);
    expect(result.passRates).toEqual([
      { kind: 'recruiter_call', passed: 1, failed: 1, rate: 0.5 },
      { kind: 'system_design', passed: 1, failed: 0, rate: 1 },
    ]);
    expect(result.perWeek.map((week) => week.count)).toEqual([2, 2]);
  });

  it('narrows to a date range by application date', () => {
    const result = computeInsights(journeys, { from: '2026-11-09T00:00:00.000Z', to: '2026-11-30T00:00:00.000Z' }, now);
    expect(result.applications).toBe(2);
    expect(result.jobs).toBe(2);
  });

  it('keeps empty weeks between applications', () => {
    const weeks = applicationsPerWeek(['2026-11-02T10:00:00.000Z', '2026-11-24T10:00:00.000Z']);
    expect(weeks.map((week) => week.count)).toEqual([1, 0, 0, 1]);
  });

  it('turns the range presets into instants', () => {
    const noon = new Date(2026, 10, 24, 12);
    expect(rangeFor('all', noon, { from: '', to: '' })).toEqual({ from: null, to: null });
    expect(new Date(rangeFor('30', noon, { from: '', to: '' }).from!).getTime()).toBe(new Date(2026, 9, 25).getTime());
    expect(new Date(rangeFor('year', noon, { from: '', to: '' }).from!).getTime()).toBe(new Date(2026, 0, 1).getTime());
    const custom = rangeFor('custom', noon, { from: '2026-11-01', to: '2026-11-02' });
    expect(new Date(custom.from!).getTime()).toBe(new Date(2026, 10, 1).getTime());
    expect(new Date(custom.to!).getTime()).toBe(new Date(2026, 10, 2, 23, 59, 59, 999).getTime());
    expect(rangeFor('custom', noon, { from: '', to: '2026-11-02' }).from).toBeNull();
  });
});

describe('insights, rule by rule', () => {
  const all = { from: null, to: null };
  const flows = (list: JobJourney[]) =>
    computeInsights(list, all, now).flows.map((candidate) => `${candidate.source}→${candidate.target}`);
  const stage = (
    status: JobJourney['stages'][number]['status'],
    startsAt: string | null,
    kind: JobJourney['stages'][number]['kind'] = 'technical',
  ) => ({
    kind,
    status,
    startsAt,
  });

  it('names interview rounds by their ordinal, teens included', () => {
    const stages = Array.from({ length: 23 }, () => stage('done', null));
    const result = computeInsights([journey([move('saved', '11-01'), move('applied', '11-02')], stages)], all, now);
    const label = (round: number) => result.nodes.find((node) => node.id === `round:${round}`)?.label;
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 23].map(label)).toEqual([
      '1st interview',
      '2nd interview',
      '3rd interview',
      '4th interview',
      '11th interview',
      '12th interview',
      '13th interview',
      '21st interview',
      '22nd interview',
      '23rd interview',
    ]);
  });

  it('counts a scheduled stage once its time has come, never a cancelled one or one still ahead', () => {
    const rounds = (stages: JobJourney['stages']) =>
      flows([journey([move('saved', '11-01'), move('applied', '11-02')], stages)]).filter((flow) => flow.includes('round:'))
        .length;
    expect(rounds([stage('scheduled', now.toISOString())])).toBe(2);
    expect(rounds([stage('scheduled', '2026-11-30T10:00:00.000Z')])).toBe(0);
    expect(rounds([stage('cancelled', '2026-11-10T10:00:00.000Z')])).toBe(0);
    expect(rounds([stage('planned', null)])).toBe(0);
  });

  it('takes a job closed with an answer as applied, but not one withdrawn or closed without an outcome', () => {
    const closed = (outcome: JobJourney['outcome']) =>
      flows([journey([move('saved', '11-01'), move('closed', '11-05', outcome)])]);
    expect(closed('rejected')).toEqual(['saved→applied', 'applied→outcome:rejected']);
    expect(closed('withdrawn')).toEqual(['saved→outcome:withdrawn']);
    expect(closed(null)).toEqual(['saved→outcome:no_reply']);
    expect(computeInsights([journey([move('saved', '11-01'), move('closed', '11-05')])], all, now).nodes.at(-1)?.label).toBe(
      'No reply',
    );
    // Never moved, but an interview happened: applied when saved.
    const stageOnly = journey([move('saved', '11-01')], [stage('done', '2026-11-03T10:00:00.000Z')]);
    expect(computeInsights([stageOnly], all, now).perWeek).toEqual([{ weekStart: expect.any(String), count: 1 }]);
  });

  it('shows an offer for an accepted job or one moved to Offer, and tells open columns from other ones', () => {
    expect(flows([journey([move('saved', '11-01'), move('applied', '11-02'), move('closed', '11-09', 'accepted')])])).toContain(
      'offer→outcome:accepted',
    );
    expect(flows([journey([move('saved', '11-01'), move('applied', '11-02'), move('offer', '11-09')])])).toContain('offer→open');
    const custom = computeInsights(
      [journey([move('saved', '11-01'), move('applied', '11-02'), move('take-home', '11-04')])],
      all,
      now,
    );
    expect(custom.nodes.map((node) => node.label)).toEqual(['Saved', 'Applied', 'In progress']);
    const waiting = computeInsights([journey([move('saved', '11-01'), move('applied', '11-02')])], all, now);
    expect(waiting.nodes.map((node) => node.label)).toEqual(['Saved', 'Applied', 'Still open']);
    expect(computeInsights([journey([move('saved', '11-01')])], all, now).nodes.map((node) => node.label)).toEqual([
      'Saved',
      'Not applied yet',
    ]);
  });

  it('dates the first answer by the earliest interview, offer or decision, and the median numerically', () => {
    const answered = (days: number, how: 'offer' | 'rejected' | 'interviewing') => {
      const at = `11-${String(2 + days).padStart(2, '0')}`;
      return journey([
        move('saved', '11-01'),
        move('applied', '11-02'),
        how === 'rejected' ? move('closed', at, 'rejected') : move(how, at),
      ]);
    };
    const result = computeInsights([answered(2, 'offer'), answered(10, 'rejected'), answered(3, 'interviewing')], all, now);
    expect([result.responses, result.medianDaysToFirstResponse]).toEqual([3, 3]);
    const ghosted = journey([move('saved', '11-01'), move('applied', '11-02'), move('closed', '11-09', 'ghosted')]);
    expect(computeInsights([ghosted], all, now)).toMatchObject({
      responses: 0,
      responseRate: 0,
      medianDaysToFirstResponse: null,
    });
    const earliest = journey(
      [move('saved', '11-01'), move('applied', '11-02'), move('interviewing', '11-09')],
      [stage('done', null), stage('done', '2026-11-05T10:00:00.000Z')],
    );
    expect(computeInsights([earliest], all, now).medianDaysToFirstResponse).toBe(3);
    const moveFirst = journey(
      [move('saved', '11-01'), move('applied', '11-02'), move('interviewing', '11-04')],
      [stage('done', '2026-11-08T10:00:00.000Z')],
    );
    expect(computeInsights([moveFirst], all, now).medianDaysToFirstResponse).toBe(2);
  });

  it('answers an empty funnel with nothing rather than zeros', () => {
    expect(computeInsights([journey([move('saved', '11-01')])], all, now)).toMatchObject({
      applications: 0,
      responseRate: null,
      medianDaysToFirstResponse: null,
      perWeek: [],
    });
    expect(applicationsPerWeek([])).toEqual([]);
  });

  it('includes both ends of a range, and lists the stage kinds with the most results first', () => {
    const applied = journey([move('saved', '11-01'), move('applied', '11-02')]);
    const at = applied.moves[1]!.at;
    expect(computeInsights([applied], { from: at, to: at }, now).applications).toBe(1);
    const kinds = computeInsights(
      [
        journey([move('saved', '11-01'), move('applied', '11-02')], [stage('passed', null, 'values')]),
        journey(
          [move('saved', '11-01'), move('applied', '11-02')],
          [stage('failed', null), stage('passed', null), stage('passed', null)],
        ),
      ],
      all,
      now,
    ).passRates.map((rate) => [rate.kind, rate.passed + rate.failed]);
    expect(kinds).toEqual([
      ['technical', 3],
      ['values', 1],
    ]);
  });

  it('turns the 90-day preset and a custom range with one end into instants', () => {
    const noon = new Date(2026, 10, 24, 12);
    expect(new Date(rangeFor('90', noon, { from: '', to: '' }).from!).getTime()).toBe(new Date(2026, 7, 26).getTime());
    expect(rangeFor('custom', noon, { from: '2026-11-01', to: '' }).to).toBeNull();
  });
});
