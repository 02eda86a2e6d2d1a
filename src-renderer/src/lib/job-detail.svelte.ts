import type { Contact, JobDetail, JobEdit, StageFields, StageKind, StageView } from '../../../src-shared/domain/job';
import { cardFieldsOf, shownTitle } from '../../../src-shared/domain/job';
import { documentProblem, guessDocumentKind, type DocumentKind, type JobDocument } from '../../../src-shared/domain/documents';
import { call, errorMessage } from './api';
import { readAsBase64 } from './read-files';
import { board } from './board.svelte';
import { history } from './undo.svelte';

/**
 * The job the detail panel shows, and every change made from it: edits,
 * notes, contacts, stages, images. Each change refreshes the job (and its
 * card); the undoable ones go on the undo history.
 */
class JobDetailState {
  #detail = $state<JobDetail | null>(null);
  #error = $state<string | null>(null);
  /** The job last asked for: an answer for an earlier one, arriving late, must not replace it. */
  #wanted: number | null = null;

  get detail(): JobDetail | null {
    return this.#detail;
  }
  /** Why the open job could not be read. */
  get error(): string | null {
    return this.#error;
  }

  async load(id: number): Promise<void> {
    this.#wanted = id;
    try {
      const detail = await call('getJobDetail', { id });
      if (this.#wanted !== id) return;
      this.#detail = detail;
      this.#error = null;
    } catch (failure) {
      if (this.#wanted !== id) return;
      this.#detail = null;
      this.#error = errorMessage(failure);
    }
  }

  clear(): void {
    this.#wanted = null;
    this.#detail = null;
  }

  /** Shows the job as it now is, and its card too: a stage change alters the card's "Next:" line. */
  async #reload(jobId: number): Promise<void> {
    if (this.#detail?.id !== jobId) return;
    await this.load(jobId);
    if (this.#detail?.id === jobId) board.updated(cardFieldsOf(this.#detail));
  }

  async edit(id: number, edit: JobEdit): Promise<void> {
    const before = this.#detail?.id === id ? editOf(this.#detail) : null;
    await this.#applyEdit(id, edit);
    if (before) history.push({ label: `Edited ${shownTitle(before.title)}`, undo: () => this.#applyEdit(id, before) });
  }

  async #applyEdit(id: number, edit: JobEdit): Promise<void> {
    board.updated(await call('editJob', { id, ...edit }));
    await this.#reload(id);
  }

  async saveNotes(jobId: number, body: string): Promise<void> {
    await call('saveNotes', { jobId, body });
  }

  async addContact(jobId: number, contact: Omit<Contact, 'id'>): Promise<Contact> {
    return call('addContact', { jobId, ...contact });
  }

  /** Takes a person off the job (they stay in People); undo puts them back and hands them to `restored`. */
  async removeContact(jobId: number, contact: Contact, restored: (contact: Contact) => void): Promise<void> {
    await call('removeContact', { jobId, personId: contact.id });
    history.push({
      label: `Removed ${contact.name}`,
      undo: async () => restored(await call('addPersonToJob', { jobId, personId: contact.id })),
    });
  }

  /** Loads (or stops loading) the job's images from the web; answers what is now allowed. */
  async setRemoteImages(jobId: number, allowed: boolean): Promise<boolean> {
    return call('setRemoteImages', { id: jobId, allowed });
  }

  async addStage(jobId: number, kind: StageKind, title: string, durationMinutes: number): Promise<void> {
    await call('addStage', { jobId, kind, title, durationMinutes });
    await this.#reload(jobId);
  }

  async saveStage(stage: StageView, fields: StageFields): Promise<void> {
    const saved = await call('updateStage', { id: stage.id, ...fields });
    await this.#reload(saved.jobId);
  }

  async moveStage(stage: StageView, direction: 'up' | 'down'): Promise<void> {
    await call('moveStage', { id: stage.id, direction });
    if (this.#detail) await this.#reload(this.#detail.id);
  }

  async deleteStage(stage: StageView): Promise<void> {
    const { id: _id, jobId, ...fields } = await call('deleteStage', { id: stage.id });
    await this.#reload(jobId);
    history.push({
      label: `Deleted stage ${stage.title}`,
      undo: async () => {
        await call('restoreStage', { jobId, ...fields });
        await this.#reload(jobId);
      },
    });
  }

  /**
   * Attaches files to the job, each checked before it is read (a 2 GB video
   * dropped by mistake is refused at once). Answers why any could not be.
   */
  async attachFiles(
    jobId: number,
    files: readonly File[],
    kind: DocumentKind | null,
    versionLabel: string | null,
  ): Promise<string[]> {
    const problems: string[] = [];
    for (const file of files) {
      const problem = documentProblem(file.name, file.size);
      if (problem) {
        problems.push(problem);
        continue;
      }
      try {
        const contentBase64 = await readAsBase64(file);
        await call('attachDocument', {
          jobId,
          fileName: file.name,
          contentBase64,
          kind: kind ?? guessDocumentKind(file.name),
          versionLabel,
        });
      } catch (failure) {
        problems.push(errorMessage(failure));
      }
    }
    await this.#reload(jobId);
    return problems;
  }

  /** Takes a document off the job (it stays stored, and on any other job); undo attaches it again. */
  async detachDocument(jobId: number, document: JobDocument): Promise<void> {
    await call('detachDocument', { jobId, documentId: document.id });
    await this.#reload(jobId);
    history.push({
      label: `Detached ${document.fileName}`,
      undo: async () => {
        await call('attachStoredDocument', { jobId, documentId: document.id });
        await this.#reload(jobId);
      },
    });
  }

  /** One stage as an iCalendar file's text. */
  stageCalendar(stage: StageView): Promise<string> {
    return call('exportCalendar', { stageId: stage.id });
  }
}

/** The fields the edit form changes, as the job has them now. */
export function editOf(detail: JobDetail): JobEdit {
  return {
    title: detail.title,
    company: detail.company,
    location: detail.location,
    remote: detail.remote,
    url: detail.url,
    tags: detail.tags,
    employmentType: detail.employmentType,
    salaryText: detail.salary.text,
  };
}

export const jobDetail = new JobDetailState();
