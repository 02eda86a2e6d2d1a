/** Reading what the user dropped or picked into the contract's `importFiles` shape. */
import { isSavedPageName } from '../../../src-shared/domain/saved-page';

export interface FilePayload {
  name: string;
  contentBase64: string;
  lastModified: number;
}

export function readAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result);
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error(`Cannot read ${file.name}`));
    reader.readAsDataURL(file);
  });
}

export async function toPayloads(files: readonly File[]): Promise<FilePayload[]> {
  return Promise.all(
    files.map(async (file) => ({ name: file.name, contentBase64: await readAsBase64(file), lastModified: file.lastModified })),
  );
}

function entryFiles(entry: FileSystemEntry): Promise<File[]> {
  if (entry.isFile) {
    return new Promise((resolve) =>
      (entry as FileSystemFileEntry).file(
        (file) => resolve([file]),
        () => resolve([]),
      ),
    );
  }
  if (!entry.isDirectory || /_files$/u.test(entry.name)) return Promise.resolve([]);
  const reader = (entry as FileSystemDirectoryEntry).createReader();
  return new Promise((resolve) => {
    const collected: FileSystemEntry[] = [];
    const readBatch = () =>
      reader.readEntries(
        async (batch) => {
          if (batch.length > 0) {
            collected.push(...batch);
            readBatch();
            return;
          }
          const nested = await Promise.all(collected.map(entryFiles));
          resolve(nested.flat().filter((file) => isSavedPageName(file.name)));
        },
        () => resolve([]),
      );
    readBatch();
  });
}

/** Files and folders dropped on the window; folders are searched for saved pages. */
export async function droppedFiles(transfer: DataTransfer): Promise<File[]> {
  const entries = [...transfer.items]
    .map((item) => item.webkitGetAsEntry?.())
    .filter((entry): entry is FileSystemEntry => !!entry);
  if (entries.length === 0) return [...transfer.files];
  return (await Promise.all(entries.map(entryFiles))).flat();
}
