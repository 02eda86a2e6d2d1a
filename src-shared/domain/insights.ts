/**
 * Where applications went, from each job's status history and interview
 * stages: the flow for the Sankey diagram and the funnel's numbers.
 */
import { addWeeks, differenceInCalendarDays, startOfDay, startOfISOWeek, startOfYear, subDays } from 'date-fns';
import type { CloseOutcome, StageKind, StageStatus } from './job';

export interface JourneyMove {
  toKey: string;
  toCloses: boolean;
  outcome: CloseOutcome | null;
  at: string;
}

export interface JourneyStage {
  kind: StageKind;
  status: StageStatus;
  startsAt: string | null;
}

export interface JobJourney {
  id: number;
  createdAt: string;
  /** The column the job is in now. */
  current: { key: string; closes: boolean };
  outcome: CloseOutcome | null;
  moves: JourneyMove[];
  /** In the order the user planned them. */
  stages: JourneyStage[];
}

export interface SankeyNode {
  id: string;
  label: string;
}

export interface SankeyFlow {
  source: string;
  target: string;
  value: number;
}

export interface PassRate {
  kind: StageKind;
  passed: number;
  failed: number;
  rate: number | null;
}

export interface Insights {
  jobs: number;
  applications: number;
  responses: number;
  responseRate: number | null;
  medianDaysToFirstResponse: number | null;
  passRates: PassRate[];
  perWeek: { weekStart: string; count: number }[];
  nodes: SankeyNode[];
  flows: SankeyFlow[];
}

export interface DateRange {
  /** ISO instants, inclusive; either may be open. */
  from: string | null;
  to: string | null;
}

const OUTCOME_LABELS: Record<CloseOutcome, string> = {
  accepted: 'Accepted',
  rejected: 'Rejected',
  withdrawn: 'Withdrawn',
  ghosted: 'Ghosted',
  no_reply: 'No reply',
};
/** Outcomes that mean the employer answered. */
const ANSWERED: readonly CloseOutcome[] = ['accepted', 'rejected'];
const REACHED: readonly StageStatus[] = ['done', 'passed', 'failed'];
const IN_PROGRESS_KEYS = new Set(['applied', 'interviewing', 'offer']);

const ordinal = (n: number) =>
  `${n}${n % 10 === 1 && n !== 11 ? 'st' : n % 10 === 2 && n !== 12 ? 'nd' : n % 10 === 3 && n !== 13 ? 'rd' : 'th'}`;

/** Stages that happened: recorded as done, passed or failed, or scheduled in the past and not cancelled. */
export function stagesReached(journey: JobJourney, now: Date): JourneyStage[] {
  return journey.stages.filter(
    (stage) =>
      REACHED.includes(stage.status) ||
      (stage.status !== 'cancelled' && stage.startsAt !== null && new Date(stage.startsAt).getTime() <= now.getTime()),
  );
}

/** When the application went out: the first move past the first column, or null if it never did. */
export function appliedAt(journey: JobJourney, now: Date): string | null {
  const move = journey.moves.find(
    (candidate) =>
      (!candidate.toCloses && candidate.toKey !== 'saved') ||
      (candidate.toCloses && candidate.outcome !== null && candidate.outcome !== 'withdrawn'),
  );
  if (move) return move.at;
  return stagesReached(journey, now).length > 0 ? journey.createdAt : null;
}

function reachedOffer(journey: JobJourney): boolean {
  return journey.outcome === 'accepted' || journey.moves.some((move) => move.toKey === 'offer');
}

/** What the funnel needs of one job, worked out once. */
interface JourneyFacts {
  journey: JobJourney;
  applied: string | null;
  reached: JourneyStage[];
}

function factsOf(journey: JobJourney, now: Date): JourneyFacts {
  return { journey, applied: appliedAt(journey, now), reached: stagesReached(journey, now) };
}

/** The nodes one job passes through, left to right. */
function path({ journey, applied, reached }: JourneyFacts): SankeyNode[] {
  const steps: SankeyNode[] = [{ id: 'saved', label: 'Saved' }];
  const end = journey.current.closes
    ? { id: `outcome:${journey.outcome ?? 'no_reply'}`, label: OUTCOME_LABELS[journey.outcome ?? 'no_reply'] }
    : null;
  if (applied === null) {
    steps.push(end ?? { id: 'not-applied', label: 'Not applied yet' });
    return steps;
  }
  steps.push({ id: 'applied', label: 'Applied' });
  reached.forEach((_stage, index) => steps.push({ id: `round:${index + 1}`, label: `${ordinal(index + 1)} interview` }));
  // Moved to Interviewing with no stage recorded: the step still happened.
  if (reached.length === 0 && journey.moves.some((move) => move.toKey === 'interviewing')) {
    steps.push({ id: 'interviewing', label: 'Interviewing' });
  }
  if (reachedOffer(journey)) steps.push({ id: 'offer', label: 'Offer' });
  steps.push(end ?? { id: 'open', label: IN_PROGRESS_KEYS.has(journey.current.key) ? 'Still open' : 'In progress' });
  return steps;
}

/** When the employer first answered: an interview, an offer, or a decision. */
function firstResponseAt({ journey, reached }: JourneyFacts): string | null {
  const times = [
    ...reached.map((stage) => stage.startsAt),
    ...journey.moves
      .filter(
        (move) =>
          move.toKey === 'interviewing' || move.toKey === 'offer' || (move.outcome !== null && ANSWERED.includes(move.outcome)),
      )
      .map((move) => move.at),
  ].filter((time): time is string => time !== null);
  return times.sort()[0] ?? null;
}

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function inRange(instant: string, range: DateRange): boolean {
  return (range.from === null || instant >= range.from) && (range.to === null || instant <= range.to);
}

/** The funnel for jobs applied to (or, never applied, saved) within the range. */
export function computeInsights(all: readonly JobJourney[], range: DateRange, now: Date): Insights {
  const facts = all
    .map((journey) => factsOf(journey, now))
    .filter((fact) => inRange(fact.applied ?? fact.journey.createdAt, range));
  const nodes = new Map<string, SankeyNode>();
  const flows = new Map<string, SankeyFlow>();
  for (const fact of facts) {
    const steps = path(fact);
    steps.forEach((step) => nodes.set(step.id, step));
    for (let index = 1; index < steps.length; index++) {
      const key = `${steps[index - 1]!.id}→${steps[index]!.id}`;
      const flow = flows.get(key) ?? { source: steps[index - 1]!.id, target: steps[index]!.id, value: 0 };
      flow.value += 1;
      flows.set(key, flow);
    }
  }

  const applied = facts.filter((fact): fact is JourneyFacts & { applied: string } => fact.applied !== null);
  const responseDays = applied.flatMap((fact) => {
    const answered = firstResponseAt(fact);
    return answered ? [Math.max(0, differenceInCalendarDays(new Date(answered), new Date(fact.applied)))] : [];
  });

  const byKind = new Map<StageKind, PassRate>();
  for (const stage of facts.flatMap((fact) => fact.journey.stages)) {
    if (stage.status !== 'passed' && stage.status !== 'failed') continue;
    const rate = byKind.get(stage.kind) ?? { kind: stage.kind, passed: 0, failed: 0, rate: null };
    rate[stage.status] += 1;
    rate.rate = rate.passed / (rate.passed + rate.failed);
    byKind.set(stage.kind, rate);
  }

  return {
    jobs: facts.length,
    applications: applied.length,
    responses: responseDays.length,
    responseRate: applied.length === 0 ? null : responseDays.length / applied.length,
    medianDaysToFirstResponse: median(responseDays),
    passRates: [...byKind.values()].sort((a, b) => b.passed + b.failed - (a.passed + a.failed)),
    perWeek: applicationsPerWeek(applied.map((fact) => fact.applied)),
    nodes: [...nodes.values()],
    flows: [...flows.values()],
  };
}

/** Applications counted by ISO week (Monday start), with empty weeks in between kept. */
export function applicationsPerWeek(instants: readonly string[]): { weekStart: string; count: number }[] {
  if (instants.length === 0) return [];
  const weeks = instants.map((instant) => startOfISOWeek(new Date(instant)).getTime());
  const counts = new Map<number, number>();
  for (const week of weeks) counts.set(week, (counts.get(week) ?? 0) + 1);
  const result: { weekStart: string; count: number }[] = [];
  for (let week = new Date(Math.min(...weeks)); week.getTime() <= Math.max(...weeks); week = addWeeks(week, 1)) {
    result.push({ weekStart: week.toISOString(), count: counts.get(week.getTime()) ?? 0 });
  }
  return result;
}

export const RANGE_PRESETS = [
  { id: 'all', label: 'All time' },
  { id: '30', label: 'Last 30 days' },
  { id: '90', label: 'Last 90 days' },
  { id: 'year', label: 'This year' },
  { id: 'custom', label: 'Custom…' },
] as const;
export type RangePreset = (typeof RANGE_PRESETS)[number]['id'];

/** A preset (or the user's own yyyy-mm-dd days, inclusive, in local time) as a range of instants. */
export function rangeFor(preset: RangePreset, now: Date, custom: { from: string; to: string }): DateRange {
  if (preset === '30' || preset === '90') return { from: subDays(startOfDay(now), Number(preset)).toISOString(), to: null };
  if (preset === 'year') return { from: startOfYear(now).toISOString(), to: null };
  if (preset === 'custom') {
    return {
      from: custom.from ? new Date(`${custom.from}T00:00:00`).toISOString() : null,
      to: custom.to ? new Date(`${custom.to}T23:59:59.999`).toISOString() : null,
    };
  }
  return { from: null, to: null };
}
