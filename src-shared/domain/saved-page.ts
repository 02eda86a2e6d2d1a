/** What counts as a saved page, everywhere Quarry takes files: pickers, drops, folders, "open with", the CLI. */
export const SAVED_PAGE_EXTENSIONS = ['.html', '.htm', '.mhtml', '.mht', '.md', '.markdown', '.txt'] as const;

export function isSavedPageName(fileName: string): boolean {
  const lower = fileName.toLowerCase();
  return SAVED_PAGE_EXTENSIONS.some((extension) => lower.endsWith(extension));
}

/** Why a file was not taken, in the words the import report uses. */
export const NOT_A_SAVED_PAGE = `Not a saved web page: Quarry imports ${SAVED_PAGE_EXTENSIONS.join(', ')} files.`;
