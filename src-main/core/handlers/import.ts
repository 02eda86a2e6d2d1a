import { QuarryError } from '../../../src-shared/errors';
import type { DomainHandlers, HandlerDeps } from './types';

/**
 * Imports also start outside any call (the menu, "open with", the CLI), so
 * the import runner reports what each one changed itself, whoever started it.
 */
export function importHandlers({ imports, platform, clock }: HandlerDeps): DomainHandlers<'import'> {
  return {
    importFiles: {
      run: ({ files }) =>
        imports.run(
          files.map((file) => ({
            kind: 'file',
            fileName: file.name,
            bytes: new Uint8Array(Buffer.from(file.contentBase64, 'base64')),
            modifiedAt: new Date(file.lastModified ?? clock().getTime()),
          })),
          'files',
        ),
    },
    importWithDialog: {
      run: async ({ folders }) => {
        if (!platform.pickImportPaths) {
          throw new QuarryError('unsupported_file', 'There is no system file picker here: choose files in the page instead.');
        }
        const paths = await platform.pickImportPaths(folders);
        return paths && paths.length > 0 ? imports.runPaths(paths, folders ? 'folder' : 'dialog') : null;
      },
    },
    cancelImport: { run: ({ importId }) => imports.cancel(importId) },
    importListJobs: { run: ({ token, picks }) => imports.importPicked(token, picks) },
  };
}
