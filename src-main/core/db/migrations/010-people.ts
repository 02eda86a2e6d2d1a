import type { Migration } from './migration';

/** The key that makes two contacts one person: the same email, or else nothing (each stays its own person). */
const SAME_PERSON = (alias: string) => `coalesce(lower(${alias}.email), 'contact ' || ${alias}.id)`;

export const migration: Migration = {
  version: 10,
  name: 'people shared across jobs',
  sql: /* sql */ `
    CREATE TABLE people (
      id          INTEGER PRIMARY KEY,
      name        TEXT NOT NULL,
      role        TEXT,
      company     TEXT,
      email       TEXT,
      phone       TEXT,
      link        TEXT,
      notes       TEXT NOT NULL DEFAULT '',
      created_at  TEXT NOT NULL,
      updated_at  TEXT NOT NULL
    );
    CREATE INDEX people_by_email ON people (lower(email));

    CREATE TABLE job_people (
      job_id     INTEGER NOT NULL REFERENCES jobs(id) ON DELETE CASCADE,
      person_id  INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
      added_at   TEXT NOT NULL,
      PRIMARY KEY (job_id, person_id)
    );
    CREATE INDEX job_people_by_person ON job_people (person_id);

    -- Every contact becomes a person, named after the first contact with its email; the recruiter
    -- saved on two jobs with one address is one person on both.
    INSERT INTO people (id, name, role, company, email, link, created_at, updated_at)
      SELECT c.id, c.name, c.role, j.company, c.email, c.link, c.created_at,
             (SELECT max(o.created_at) FROM contacts o WHERE ${SAME_PERSON('o')} = ${SAME_PERSON('c')})
        FROM contacts c JOIN jobs j ON j.id = c.job_id
       WHERE c.id = (SELECT min(o.id) FROM contacts o WHERE ${SAME_PERSON('o')} = ${SAME_PERSON('c')});
    INSERT OR IGNORE INTO job_people (job_id, person_id, added_at)
      SELECT c.job_id, (SELECT min(o.id) FROM contacts o WHERE ${SAME_PERSON('o')} = ${SAME_PERSON('c')}), c.created_at
        FROM contacts c;
    DROP TABLE contacts;
  `,
};
