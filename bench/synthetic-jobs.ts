/** Deterministic synthetic jobs written straight into a database, for the benchmarks. */
import type { Db } from '../src-main/core/db/database';
import { listColumns } from '../src-main/core/repos/columns-repo';
import { recordStatusChange } from '../src-main/core/repos/history-repo';
import { EMPTY_JOB_FIELDS, insertJob, placeJob } from '../src-main/core/repos/jobs-repo';
import { insertPlannedStage, updateStage } from '../src-main/core/repos/stages-repo';

const COMPANIES = ['Primer', 'Acme', 'Globex', 'Initech', 'Hooli', 'Umbrella', 'Stark', 'Wayne', 'Tyrell', 'Cyberdyne'];
const TITLES = ['Backend Engineer', 'Frontend Engineer', 'Site Reliability Engineer', 'Data Engineer', 'Engineering Manager'];
const TAGS = ['go', 'python', 'typescript', 'kubernetes', 'aws', 'rust', 'react', 'postgres'];
const OUTCOMES = ['rejected', 'ghosted', 'no_reply', 'withdrawn', 'accepted'] as const;
const DAY_MS = 24 * 3600 * 1000;

export interface SyntheticOptions {
  /** Give each job a path through the columns with dates, and two interview stages with outcomes. */
  journeys?: boolean;
  descriptionBytes?: number;
}

/** Board cards spread over every column (and, with journeys, a history a real search would leave). */
export function insertSyntheticJobs(db: Db, count: number, options: SyntheticOptions = {}): void {
  const columns = listColumns(db);
  const start = Date.UTC(2026, 0, 5);
  const description = 'Build and run reliable services. '.repeat(Math.ceil((options.descriptionBytes ?? 0) / 33));
  db.transaction(() => {
    for (let index = 0; index < count; index++) {
      const savedAt = new Date(start + (index % 300) * DAY_MS).toISOString();
      const id = insertJob(
        db,
        {
          ...EMPTY_JOB_FIELDS,
          title: `${TITLES[index % TITLES.length]} ${index}`,
          company: COMPANIES[index % COMPANIES.length]!,
          location: index % 3 === 0 ? 'Berlin' : null,
          remote: index % 2 === 0 ? 'remote' : null,
          tags: [TAGS[index % TAGS.length]!, TAGS[(index * 3) % TAGS.length]!],
          descriptionText: description || null,
          descriptionHtml: description ? `<p>${description}</p>` : null,
        },
        { columnId: columns[index % columns.length]!.id, position: index + 1 },
        savedAt,
      );
      if (options.journeys) addJourney(db, id, index, columns, savedAt);
    }
  })();
}

function addJourney(db: Db, jobId: number, index: number, columns: ReturnType<typeof listColumns>, savedAt: string): void {
  const reached = index % columns.length;
  let at = Date.parse(savedAt);
  recordStatusChange(db, { jobId, fromColumnId: null, toColumnId: columns[0]!.id, outcome: null, changedAt: savedAt });
  for (let step = 1; step <= reached; step++) {
    at += 3 * DAY_MS;
    const closes = columns[step]!.closes;
    const outcome = closes ? OUTCOMES[index % OUTCOMES.length]! : null;
    recordStatusChange(db, {
      jobId,
      fromColumnId: columns[step - 1]!.id,
      toColumnId: columns[step]!.id,
      outcome,
      changedAt: new Date(at).toISOString(),
    });
    if (closes) placeJob(db, jobId, { columnId: columns[step]!.id, position: index + 1, outcome }, new Date(at).toISOString());
  }
  if (reached < 2) return;
  for (const [position, kind] of (['recruiter_call', 'system_design'] as const).entries()) {
    const stageId = insertPlannedStage(db, { jobId, position, kind, title: kind, durationMinutes: 45 }, savedAt);
    updateStage(
      db,
      stageId,
      {
        kind,
        title: kind,
        durationMinutes: 45,
        startsAt: new Date(Date.parse(savedAt) + (position + 5) * DAY_MS).toISOString(),
        timeZone: 'Europe/Berlin',
        location: null,
        interviewers: null,
        status: (index + position) % 3 === 0 ? 'failed' : 'passed',
        prepNotes: null,
        checklist: [],
        outcomeNotes: null,
      },
      savedAt,
    );
  }
}
