import type { DocumentKind, DocumentSummary } from '../../../src-shared/domain/documents';
import { inDesktopApp } from './app-info';
import { call, errorMessage } from './api';
import { downloadBlob } from './download';

/** Every document sent with an application, for the Documents view. */
class DocumentLibrary {
  #items = $state.raw<DocumentSummary[] | null>(null);
  #error = $state<string | null>(null);

  /** Null until the first load. */
  get items(): DocumentSummary[] | null {
    return this.#items;
  }
  get error(): string | null {
    return this.#error;
  }

  async load(): Promise<void> {
    try {
      this.#items = await call('listDocuments');
      this.#error = null;
    } catch (failure) {
      this.#error = errorMessage(failure);
    }
  }

  async describe(id: number, kind: DocumentKind, versionLabel: string | null): Promise<void> {
    const updated = await call('updateDocument', { id, kind, versionLabel });
    this.#items = (this.#items ?? []).map((item) => (item.id === id ? updated : item));
  }

  async remove(id: number): Promise<void> {
    await call('deleteDocument', { id });
    this.#items = (this.#items ?? []).filter((item) => item.id !== id);
  }
}

export const documents = new DocumentLibrary();

/** Opens a document in the system's viewer in the desktop app; the browser host downloads it. */
export async function showDocument(id: number): Promise<void> {
  if (await inDesktopApp()) {
    await call('openDocument', { id });
    return;
  }
  const { fileName, mediaType, contentBase64 } = await call('getDocumentContent', { id });
  const bytes = Uint8Array.from(atob(contentBase64), (char) => char.charCodeAt(0));
  downloadBlob(fileName, new Blob([bytes], { type: mediaType }));
}
