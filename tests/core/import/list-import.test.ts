import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { createParsePool } from '../../../src-main/core/import/parse-pool';
import { ImportFileError, processFile } from '../../../src-main/core/import/pipeline';
import { importPickedJobs, importSources, PendingLists } from '../../../src-main/core/services/import-service';
import { listJobRecords } from '../../../src-main/core/services/jobs-service';
import { employerIn, parseHeadline, roleIn } from '../../../src-shared/domain/headline';
import { filterCandidates, type ListCandidate } from '../../../src-shared/domain/import-report';
import { planFromSteps, stepsFromSentences } from '../../../src-shared/domain/interview-plan';
import { labelledFields } from '../../../src-shared/domain/labelled-fields';
import { parseSalaryText } from '../../../src-shared/domain/salary';
import { employmentType, remotePolicy } from '../../../src-shared/domain/workplace';
import { testCore } from '../../support/helpers';
import { sharedPath } from '../../support/shared-data';

const thread = sharedPath('corpus-real/hackernews/hn-whoishiring-2024-09-thread.html');
const parser = createParsePool();
afterAll(() => parser.close());

const page = (fileName: string, text: string) => ({ fileName, bytes: new TextEncoder().encode(text), modifiedAt: new Date() });

describe('headlines of "Who is hiring" posts', () => {
  it('sorts the parts by what they look like', () => {
    expect(parseHeadline('Formal | Founding Software Engineer (Compilers) | REMOTE | Full-Time | >= $200k + 2% equity')).toEqual({
      company: 'Formal',
      title: 'Founding Software Engineer (Compilers)',
      location: null,
      workplace: 'REMOTE',
      employmentType: 'Full-Time',
      salaryText: '>= $200k + 2% equity',
    });
    expect(parseHeadline('Balun Energy // Vienna, Austria On-Site // Senior Data Engineer // Full-Time')).toMatchObject({
      company: 'Balun Energy',
      title: 'Senior Data Engineer',
    });
  });

  it('finds a role and an employer in sentences when the headline has none', () => {
    expect(roleIn(['We are hiring backend software engineers for our Platform team.'])).toBe('Backend software engineers');
    expect(roleIn(['We need a platform engineer who loves Go.'])).toBe('Platform engineer');
    expect(roleIn(['Our team needs two data scientists.'])).toBe('Data scientists');
    expect(employerIn("REMOTE (US) I'm hiring 3x Jr PHP Fullstack Engineers at Vultr for the Cloud Native team.")).toBe('Vultr');
    expect(parseHeadline('Intern / Junior Developer - 100% Remote')).toMatchObject({
      company: null,
      title: 'Intern / Junior Developer',
    });
  });
});

describe('interview processes written as sentences', () => {
  it('plans the steps a sentence lists, and nothing for a sentence that lists none', () => {
    const steps = stepsFromSentences(
      'Our interview process starts with recruiter screening, code test, followed by interviews based on role.',
    );
    expect(planFromSteps(steps).map((stage) => stage.kind)).toEqual(['recruiter_call', 'take_home', 'other']);
    expect(planFromSteps(stepsFromSentences("There's 1 technical interview."))).toEqual([
      { kind: 'technical', title: 'Technical interview', durationMinutes: null },
    ]);
    expect(stepsFromSentences('Our interview process is relatively fast, deliberate, and considerate.')).toEqual([]);
    expect(stepsFromSentences('We keep our recruitment process practical and straightforward: https://example.com')).toEqual([]);
  });
});

describe('list pages', () => {
  it('filters candidates by every word, across title, company and place, ignoring case and accents', () => {
    const candidate = (index: number, title: string, company: string, location: string | null): ListCandidate => ({
      index,
      title,
      company,
      location,
      salary: null,
      remote: null,
      url: null,
      alreadySaved: false,
    });
    const all = [candidate(0, 'Backend Engineer', 'Acme', 'Zürich'), candidate(1, 'Designer', 'Globex', 'Paris')];
    expect(filterCandidates(all, 'zurich backend').map((found) => found.index)).toEqual([0]);
    expect(filterCandidates(all, '  ')).toHaveLength(2);
    expect(filterCandidates(all, 'acme paris')).toEqual([]);
  });

  it('keeps a list page for the user to choose from, stores only the ticked jobs, and nothing else', async () => {
    const core = await testCore();
    const lists = new PendingLists();
    const report = await importSources({ db: core.db, clock: core.clock, parser }, [{ kind: 'path', path: thread }], {
      origin: 'test',
      lists,
    });
    const [outcome] = report.files;
    expect(outcome).toMatchObject({ status: 'list', jobsImported: 0 });
    expect(outcome!.list!.candidates.length).toBeGreaterThan(290);
    expect(listJobRecords(core.db)).toEqual([]);

    const picked = importPickedJobs({ db: core.db, clock: core.clock }, lists, outcome!.list!.token, [0, 5, 9]);
    expect(picked.jobsImported).toBe(3);
    const titles = listJobRecords(core.db).map((job) => job.title);
    expect(titles).toEqual([0, 5, 9].map((index) => outcome!.list!.candidates[index]!.title));
    expect(() => importPickedJobs({ db: core.db, clock: core.clock }, lists, outcome!.list!.token, [1])).toThrow(
      'This list page is no longer open',
    );
    await core.close();
  });

  it('without a place to keep it (the CLI without --all), a list page says how many jobs it has and how to take them', async () => {
    const core = await testCore();
    const report = await importSources({ db: core.db, clock: core.clock, parser }, [{ kind: 'path', path: thread }], {
      origin: 'test',
    });
    expect(report.files[0]!.reason).toMatch(/^This page lists \d+ jobs: import it with --all/u);
    expect(listJobRecords(core.db)).toEqual([]);
    await core.close();
  });
});

describe('pages that are not what they seem', () => {
  it('a page nested 20,000 elements deep imports without overflowing the stack', () => {
    const html = `<title>Senior Engineer at Acme</title><h1>Senior Engineer</h1>${'<div>'.repeat(20_000)}<p>Apply now: requirements inside.</p>${'</div>'.repeat(20_000)}`;
    const parsed = processFile(page('deep.html', html));
    expect(parsed.listings[0]!.title).toBe('Senior Engineer');
  });

  it('an article says so and stores nothing', () => {
    const html =
      '<html><head><meta property="og:type" content="article"><title>How I became an engineer</title></head><body><article><h1>How I became an engineer</h1><p>A story.</p></article></body></html>';
    expect(() => processFile(page('blog.html', html))).toThrow(
      new ImportFileError('No job found in blog.html: it looks like an article.'),
    );
  });

  it('reads Markdown job tables from .md files, with "↳" rows under the company above', () => {
    const markdown = [
      '# Jobs',
      '| Company | Role | Location |',
      '| --- | --- | --- |',
      '| **[Acme](https://acme.example)** | [Backend Engineer](https://acme.example/jobs/1) | Berlin |',
      '| ↳ | Frontend Engineer | Remote |',
      '| Globex | Designer | Paris |',
    ].join('\n');
    const parsed = processFile(page('jobs.md', markdown));
    expect(parsed.kind).toBe('list');
    expect(parsed.listings.map((job) => [job.title, job.company, job.location])).toEqual([
      ['Backend Engineer', 'Acme', 'Berlin'],
      ['Frontend Engineer', 'Acme', 'Remote'],
      ['Designer', 'Globex', 'Paris'],
    ]);
    expect(parsed.listings[0]!.url).toBe('https://acme.example/jobs/1');
  });

  it('the 1 MB thread yields one job per top-level post and none for replies', () => {
    const parsed = processFile({ fileName: thread, bytes: new Uint8Array(readFileSync(thread)), modifiedAt: new Date() });
    expect(parsed.kind).toBe('list');
    expect(parsed.listings.length).toBeGreaterThanOrEqual(295);
    expect(parsed.listings.length).toBeLessThanOrEqual(325);
    expect(parsed.listings.find((job) => job.company === 'Capital One')?.stages.length).toBe(3);
  });
});

describe('fields stated in plain words', () => {
  it('reads currencies from their symbols, and a bare "$" by the job’s country', () => {
    const cases: [string, string | null, string | null][] = [
      ['S$6,000 - S$8,000 per month', null, 'SGD'],
      ['₱45,000 – ₱55,000 per month', null, 'PHP'],
      ['AED 15,000 monthly', null, 'AED'],
      ['R$ 8.000 por mês', null, 'BRL'],
      ['ZAR 40 000 per month', null, 'ZAR'],
      ['HK$30,000', null, 'HKD'],
      ['$130,000 - $160,000 a year', 'Camberwell VIC 3124', 'AUD'],
      ['$90,000 - $110,000', 'Toronto, ON', 'CAD'],
      ['$120k - $150k', 'Austin, TX', 'USD'],
    ];
    for (const [text, country, currency] of cases) expect(parseSalaryText(text, country)?.currency, text).toBe(currency);
  });

  it('maps employment types to a small known set, never a raw "OTHER"', () => {
    expect(employmentType('FULL_TIME')).toBe('full-time');
    expect(employmentType('A tempo pieno')).toBe('full-time');
    expect(employmentType('CDI')).toBe('full-time');
    expect(employmentType('Teilzeit')).toBe('part-time');
    expect(employmentType('OTHER')).toBeNull();
  });

  it('finds hybrid, remote and on-site statements in six languages, and leaves vague ones alone', () => {
    const cases: [string, string | null][] = [
      ['Enjoy flexible hybrid working arrangements.', 'hybrid'],
      ['Poste en mode hybride à Lyon.', 'hybrid'],
      ['Wir bieten hybrides Arbeiten.', 'hybrid'],
      ['Trabajo 100% remoto desde cualquier lugar.', 'remote'],
      ['Lavoro in sede a Milano.', 'onsite'],
      ['Regime híbrido em São Paulo.', 'hybrid'],
      ['Télétravail jusqu’à 5 jours selon les missions.', null],
      ['We build remote monitoring tools.', null],
    ];
    for (const [text, policy] of cases) expect(remotePolicy([], text), text).toBe(policy);
  });

  it('reads "Label: value" lines and definition lists in several languages', () => {
    expect(labelledFields(['Company: Acme GmbH', 'Standort: Berlin', 'Gehalt: 60.000 €', 'Type de contrat : CDI'])).toEqual({
      company: 'Acme GmbH',
      location: 'Berlin',
      salaryText: '60.000 €',
      employmentType: 'CDI',
      workplace: null,
    });
    expect(labelledFields([], [['Ubicación', 'Madrid']]).location).toBe('Madrid');
  });
});
