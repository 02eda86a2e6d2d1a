import * as v from 'valibot';
import {
  CLOSE_OUTCOMES,
  PRIORITIES,
  REMOTE_POLICIES,
  type Board,
  type BoardStart,
  type Contact,
  type JobCard,
  type JobDetail,
  type JobRecord,
} from '../domain/job';
import {
  call,
  fields,
  id,
  ids,
  noArgs,
  optionalDay,
  optionalEmail,
  optionalLine,
  optionalUrl,
  requiredLine,
  webUrl,
} from './schemas';

const outcome = v.picklist(CLOSE_OUTCOMES, `outcome must be one of ${CLOSE_OUTCOMES.join(', ')}`);
const move = fields({ id, columnId: id, beforeId: v.nullable(id), outcome: v.optional(outcome) });

/** Jobs on the board: add, move, edit, delete, notes and contacts. */
export const boardCalls = {
  getBoard: call<Board>()(noArgs),
  /** The top of every column and each column's count: the board paints this first, then loads the rest. */
  getBoardStart: call<BoardStart>()(
    fields({ perColumn: v.pipe(v.number('perColumn must be a number'), v.integer(), v.minValue(1), v.maxValue(500)) }),
  ),
  getJob: call<JobRecord>()(fields({ id })),
  addJob: call<JobCard>()(
    fields({
      title: requiredLine('Title'),
      company: requiredLine('Company'),
      url: optionalUrl,
    }),
  ),
  getJobDetail: call<JobDetail>()(fields({ id })),
  moveJob: call<JobCard>()(move),
  /** Several moves that land together or not at all (a bulk move, or the undo that puts each card back). */
  moveJobs: call<JobCard[]>()(
    fields({
      moves: v.pipe(v.array(move, 'moves must be a list'), v.minLength(1, 'choose at least one job'), v.maxLength(100_000)),
    }),
  ),
  editJob: call<JobCard>()(
    fields({
      id,
      title: requiredLine('Title'),
      company: requiredLine('Company'),
      location: optionalLine('Location'),
      remote: v.nullable(v.picklist(REMOTE_POLICIES, `remote must be one of ${REMOTE_POLICIES.join(', ')}`)),
      url: v.nullable(webUrl),
      tags: v.pipe(v.array(requiredLine('Tag'), 'tags must be a list'), v.maxLength(50, 'at most 50 tags')),
      employmentType: optionalLine('Employment type'),
      salaryText: optionalLine('Salary'),
    }),
  ),
  deleteJob: call<null>()(fields({ id })),
  deleteJobs: call<null>()(fields({ ids })),
  restoreJob: call<JobCard>()(fields({ id })),
  restoreJobs: call<JobCard[]>()(fields({ ids })),
  /** Adds (present: true) or takes off a tag on several jobs; answers the cards that changed. */
  tagJobs: call<JobCard[]>()(fields({ ids, tag: requiredLine('Tag'), present: v.boolean('present must be true or false') })),
  setJobDates: call<JobCard>()(
    fields({
      id,
      appliedOn: optionalDay('Date applied'),
      applyBy: optionalDay('Apply-by date'),
      followUpOn: optionalDay('Follow-up date'),
    }),
  ),
  setPriority: call<JobCard[]>()(fields({ ids, priority: v.picklist(PRIORITIES, 'priority must be 0, 1, 2 or 3') })),
  saveNotes: call<null>()(
    fields({
      jobId: id,
      body: v.pipe(v.string('notes must be text'), v.maxLength(200_000, 'notes are limited to 200,000 characters')),
    }),
  ),
  addContact: call<Contact>()(
    fields({
      jobId: id,
      name: requiredLine('Name'),
      role: optionalLine('Role'),
      email: optionalEmail,
      link: v.nullable(webUrl),
    }),
  ),
  /** Takes a person off a job (they stay in People). */
  removeContact: call<Contact & { jobId: number }>()(fields({ jobId: id, personId: id })),
  /** Loads (or stops loading) a listing's images from the web, for this job only. */
  setRemoteImages: call<boolean>()(fields({ id, allowed: v.boolean('allowed must be true or false') })),
} as const;
