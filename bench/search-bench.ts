/**
 * Search speed and quality: N deterministic synthetic jobs with 2–10 KB
 * descriptions in a fresh database, Quarry's search against a naive
 * fuse.js over every field (descriptions included), on labelled typo
 * queries. Reports build time, memory, p50/p95 per query and recall@5.
 */
import Fuse from 'fuse.js';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openCore } from '../src-main/core/open-core';
import { listColumns } from '../src-main/core/repos/columns-repo';
import { EMPTY_JOB_FIELDS, insertJob } from '../src-main/core/repos/jobs-repo';
import { insertPlannedStage } from '../src-main/core/repos/stages-repo';
import { SearchIndex } from '../src-main/core/search/search-index';

/** A small deterministic PRNG (mulberry32), so every run searches the same jobs. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = [
  'ka',
  'lo',
  'mi',
  'ver',
  'tan',
  'zu',
  'ro',
  'pel',
  'dex',
  'qua',
  'nor',
  'vi',
  'sol',
  'bri',
  'tek',
  'mon',
  'ga',
  'fin',
];
const ROLES = [
  'Backend',
  'Frontend',
  'Platform',
  'Data',
  'Security',
  'Mobile',
  'Infrastructure',
  'Machine Learning',
  'Payments',
  'Growth',
];
const LEVELS = ['Senior', 'Staff', 'Principal', 'Lead', '', 'Junior'];
const KINDS = ['Engineer', 'Developer', 'Architect', 'Manager', 'Scientist'];
const TAGS = [
  'kubernetes',
  'python',
  'typescript',
  'golang',
  'rust',
  'postgres',
  'terraform',
  'react',
  'kafka',
  'graphql',
  'aws',
  'gcp',
];
const CITIES = ['Berlin', 'Lisbon', 'London', 'Toronto', 'Austin', 'Amsterdam', 'Warsaw', 'Singapore', 'Remote'];
const WORDS = (
  'we are building distributed systems for payments observability reliability latency throughput customers teams ' +
  'ownership mentoring architecture design review testing deployment pipelines infrastructure scalability security ' +
  'compliance analytics warehouse streaming events microservices monolith migration roadmap stakeholders product ' +
  'experience culture remote async documentation incident response oncall benefits equity learning budget'
).split(' ');

interface BenchJob {
  id: number;
  title: string;
  company: string;
  tags: string[];
  location: string;
  description: string;
}

function generate(count: number): BenchJob[] {
  const next = random(42);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const companies = Array.from({ length: Math.max(20, Math.floor(count / 8)) }, () =>
    Array.from({ length: 2 + Math.floor(next() * 2) }, () => pick(SYLLABLES))
      .join('')
      .replace(/^./u, (c) => c.toUpperCase()),
  );
  return Array.from({ length: count }, (_, index) => {
    const length = 2048 + Math.floor(next() * 8192);
    let description = '';
    while (description.length < length) description += `${pick(WORDS)} `;
    return {
      id: index + 1,
      title: [pick(LEVELS), pick(ROLES), pick(KINDS)].filter(Boolean).join(' '),
      company: pick(companies),
      tags: [pick(TAGS), pick(TAGS)],
      location: pick(CITIES),
      description,
    };
  });
}

/** A deterministic typo: drop, double or swap one letter of a word. */
function typo(word: string, variant: number): string {
  const at = 1 + (variant % Math.max(1, word.length - 2));
  if (variant % 3 === 0) return word.slice(0, at) + word.slice(at + 1);
  if (variant % 3 === 1) return word.slice(0, at) + word[at] + word.slice(at);
  return word.slice(0, at - 1) + word[at] + word[at - 1] + word.slice(at + 1);
}

interface Labelled {
  query: string;
  relevant: Set<number>;
}

/** "company role" with a typo in each word; relevant = every job of that company with that role. */
function labelledQueries(jobs: BenchJob[], count: number): Labelled[] {
  const next = random(7);
  return Array.from({ length: count }, (_, index) => {
    const job = jobs[Math.floor(next() * jobs.length)]!;
    const role = ROLES.find((candidate) => job.title.includes(candidate))!.split(' ')[0]!;
    const relevant = new Set(
      jobs.filter((other) => other.company === job.company && other.title.includes(role)).map((other) => other.id),
    );
    return { query: `${typo(job.company.toLowerCase(), index)} ${typo(role.toLowerCase(), index + 1)}`, relevant };
  });
}

function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

export interface SearchBenchRow {
  jobs: number;
  buildMs: number;
  heapMb: number;
  p50Ms: number;
  p95Ms: number;
  recallAt5: number;
  naiveBuildMs: number;
  naiveP50Ms: number;
  naiveP95Ms: number;
  naiveRecallAt5: number;
  naiveQueries: number;
}

export async function benchSearch(count: number, queries = 200, naiveQueries = 20): Promise<SearchBenchRow> {
  const jobs = generate(count);
  const dataDir = mkdtempSync(join(tmpdir(), 'quarry-search-'));
  const core = await openCore({ dataDir, host: 'cli' });
  const column = listColumns(core.db)[0]!.id;
  const now = new Date().toISOString();
  core.db.transaction(() => {
    for (const job of jobs) {
      const id = insertJob(
        core.db,
        {
          ...EMPTY_JOB_FIELDS,
          title: job.title,
          company: job.company,
          tags: job.tags,
          location: job.location,
          descriptionText: job.description,
        },
        { columnId: column, position: job.id },
        now,
      );
      insertPlannedStage(
        core.db,
        { jobId: id, position: 1, kind: 'system_design', title: 'System design interview', durationMinutes: 90 },
        now,
      );
    }
  })();

  global.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const buildStart = performance.now();
  const index = new SearchIndex(core.db);
  const buildMs = performance.now() - buildStart;
  global.gc?.();
  const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 1024 / 1024;

  const labelled = labelledQueries(jobs, queries);
  const timings: number[] = [];
  let hits = 0;
  // Per keystroke: every prefix of the query is a search, as the palette sends them.
  for (const { query, relevant } of labelled) {
    for (let end = 3; end <= query.length; end++) {
      const started = performance.now();
      const results = index.search(query.slice(0, end), 20);
      timings.push(performance.now() - started);
      if (end !== query.length) continue;
      if (results.slice(0, 5).some((hit) => relevant.has(hit.id))) hits++;
      else if (process.env.QUARRY_BENCH_SHOW_MISSES) {
        const wanted = jobs.find((job) => relevant.has(job.id))!;
        const top = results.slice(0, 5).map((hit) => `${hit.company} / ${hit.title}`);
        console.log(`miss: "${query}" wanted ${wanted.company} / ${wanted.title}; got ${top.join(' | ') || 'nothing'}`);
      }
    }
  }

  const naiveStart = performance.now();
  const naive = new Fuse(jobs, { keys: ['title', 'company', 'tags', 'location', 'description'], includeScore: true });
  const naiveBuildMs = performance.now() - naiveStart;
  const naiveTimings: number[] = [];
  let naiveHits = 0;
  for (const { query, relevant } of labelled.slice(0, naiveQueries)) {
    const started = performance.now();
    const results = naive.search(query, { limit: 5 });
    naiveTimings.push(performance.now() - started);
    if (results.some((result) => relevant.has(result.item.id))) naiveHits++;
  }
  void core.close();
  rmSync(dataDir, { recursive: true, force: true });
  return {
    jobs: count,
    buildMs,
    heapMb,
    p50Ms: percentile(timings, 50),
    p95Ms: percentile(timings, 95),
    recallAt5: hits / labelled.length,
    naiveBuildMs,
    naiveP50Ms: percentile(naiveTimings, 50),
    naiveP95Ms: percentile(naiveTimings, 95),
    naiveRecallAt5: naiveHits / Math.min(naiveQueries, labelled.length),
    naiveQueries: Math.min(naiveQueries, labelled.length),
  };
}
