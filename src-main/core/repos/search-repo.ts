import type { ReadableDb } from '../db/database';
import { statement } from '../db/statements';
import { DOCUMENT_WORDS_SQL } from './documents-repo';

/** What search knows about a job, from every table that holds its words. */
export interface SearchDoc {
  id: number;
  title: string;
  company: string;
  location: string | null;
  tags: string[];
  column: string;
  stages: string[];
  contacts: string[];
  notes: string;
  /** Names, version labels and, for plain-text files, the words of the documents sent with the job. */
  documents: string[];
}

const SELECT_DOCS = `
  SELECT j.id, j.title, j.company, j.location, j.tags_json AS tagsJson, c.name AS "column",
         (SELECT json_group_array(title || coalesce(' ' || interviewers, '') || coalesce(' ' ||
            (SELECT group_concat(json_extract(item.value, '$.text'), ' ') FROM json_each(checklist_json) item), ''))
          FROM stages WHERE job_id = j.id) AS stagesJson,
         (SELECT json_group_array(p.name || coalesce(' ' || p.role, '') || coalesce(' ' || p.email, ''))
            FROM job_people l JOIN people p ON p.id = l.person_id WHERE l.job_id = j.id) AS contactsJson,
         coalesce((SELECT group_concat(body, ' ') FROM notes WHERE job_id = j.id), '') AS notes,
         ${DOCUMENT_WORDS_SQL} AS documentsJson
  FROM jobs j JOIN board_columns c ON c.id = j.column_id
  WHERE j.deleted_at IS NULL`;

type StoredDoc = Omit<SearchDoc, 'tags' | 'stages' | 'contacts' | 'documents'> & {
  tagsJson: string;
  stagesJson: string;
  contactsJson: string;
  documentsJson: string;
};

const toDoc = ({ tagsJson, stagesJson, contactsJson, documentsJson, ...doc }: StoredDoc): SearchDoc => ({
  ...doc,
  documents: JSON.parse(documentsJson) as string[],
  tags: JSON.parse(tagsJson) as string[],
  stages: JSON.parse(stagesJson) as string[],
  contacts: JSON.parse(contactsJson) as string[],
});

export function loadSearchDocs(db: ReadableDb): SearchDoc[] {
  return (statement(db, SELECT_DOCS).all() as StoredDoc[]).map(toDoc);
}

export function loadSearchDoc(db: ReadableDb, id: number): SearchDoc | undefined {
  const row = statement(db, `${SELECT_DOCS} AND j.id = ?`).get(id) as StoredDoc | undefined;
  return row && toDoc(row);
}

/**
 * Full-text matches in descriptions only (titles and companies are the fuzzy
 * search's), best first (bm25), live jobs only: a hit here truly is "in the
 * description".
 */
export function searchDescriptions(db: ReadableDb, match: string, limit: number): { id: number; rank: number }[] {
  return statement(
    db,
    `SELECT f.rowid AS id, bm25(jobs_fts) AS rank
     FROM jobs_fts f JOIN jobs j ON j.id = f.rowid
     WHERE jobs_fts MATCH ? AND j.deleted_at IS NULL
     ORDER BY rank LIMIT ?`,
  ).all(`description_text : (${match})`, limit) as { id: number; rank: number }[];
}
