// The rooms of the house: which folder may import which. One rule per folder under
// src-main, src-renderer and src-shared; a file in a folder with no rule is an error, so
// a new folder starts by saying where it sits. docs/ARCHITECTURE.md draws the same table.
import { posix, relative } from 'node:path';

const SHARED = ['src-shared', 'src-shared/domain', 'src-shared/contract'];
const CORE_ROOT = 'src-main/core';

/** Folder → the folders its files may import from (its own is always allowed). `electron`: may it import Electron. */
export const ROOMS = {
  'src-shared': { may: ['src-shared/domain'] },
  'src-shared/domain': { may: [] },
  'src-shared/contract': { may: SHARED },

  'src-main/core/db': { may: ['src-main/core/db/migrations', ...SHARED] },
  'src-main/core/db/migrations': { may: [] },
  'src-main/core/repos': { may: ['src-main/core/db', ...SHARED] },
  'src-main/core/import': { may: ['src-main/core/import/extract', ...SHARED] },
  'src-main/core/import/extract': { may: ['src-main/core/import', ...SHARED] },
  'src-main/core/search': { may: ['src-main/core/repos', 'src-main/core/db', ...SHARED] },
  // Sync's engine: capture, the folder's files, applying other computers' messages (docs/SYNC.md).
  'src-main/core/sync': { may: ['src-main/core/repos', 'src-main/core/db', 'src-main/core/import', ...SHARED] },
  'src-main/core/services': {
    may: [
      CORE_ROOT,
      'src-main/core/repos',
      'src-main/core/db',
      'src-main/core/import',
      'src-main/core/search',
      'src-main/core/sync',
      ...SHARED,
    ],
  },
  'src-main/core/handlers': { may: [CORE_ROOT, 'src-main/core/services', ...SHARED] },
  // The core's own files: the context every service receives, opening it, the single door (dispatch).
  [CORE_ROOT]: {
    may: [
      'src-main/core/handlers',
      'src-main/core/db',
      'src-main/core/import',
      'src-main/core/search',
      'src-main/core/repos',
      ...SHARED,
    ],
  },
  'src-main/cli': { may: [CORE_ROOT, 'src-main/core/handlers', 'src-main/core/services', ...SHARED] },
  'src-main/host': { may: [CORE_ROOT, 'src-main/core/handlers', ...SHARED] },
  'src-main/main': { may: [CORE_ROOT, 'src-main/core/handlers', 'src-main/core/services', ...SHARED], electron: true },
  'src-main/preload': { may: [...SHARED], electron: true },

  'src-renderer': { may: [] },
  'src-renderer/src': { may: ['src-renderer/src/components', 'src-renderer/src/lib', 'src-renderer/src/styles', ...SHARED] },
  'src-renderer/src/components': { may: ['src-renderer/src/lib', ...SHARED] },
  'src-renderer/src/lib': { may: [...SHARED] },
  'src-renderer/src/styles': { may: [] },
};

const LAYERS = ['src-main', 'src-renderer', 'src-shared'];
const inLayers = (path) => LAYERS.some((layer) => path === layer || path.startsWith(`${layer}/`));

/** The room a repository path sits in: its folder's rule, or, for a folder with none, null. */
export function roomOf(repoPath) {
  const folder = posix.dirname(repoPath);
  return Object.hasOwn(ROOMS, folder) ? folder : null;
}

/** Why `from` may not import `specifier`, or null when it may. `from` is relative to the repository root. */
export function roomViolation(from, specifier) {
  const room = roomOf(from);
  if (room === null) return `${posix.dirname(from)} has no rule in eslint/rooms.js: add one saying what it may import.`;
  const rule = ROOMS[room];
  if (specifier === 'electron' || specifier.startsWith('electron/')) {
    return rule.electron ? null : `${room} may not import Electron: only src-main/main and src-main/preload do.`;
  }
  if (!specifier.startsWith('.')) return null;
  const target = posix.join(posix.dirname(from), specifier);
  if (!inLayers(target)) return null;
  const targetRoom = Object.hasOwn(ROOMS, target) ? target : posix.dirname(target);
  if (targetRoom === room || rule.may.includes(targetRoom)) return null;
  return `${room} may not import ${targetRoom} (${specifier}): see the rooms table in eslint/rooms.js.`;
}

/** ESLint rule: every import of a file under src-* must be allowed by its room. */
export const roomsRule = {
  meta: { type: 'problem', schema: [], docs: { description: 'Which folder may import which (eslint/rooms.js).' } },
  create(context) {
    const from = relative(context.cwd, context.filename).split('\\').join('/');
    if (!inLayers(from)) return {};
    const check = (node) => {
      const specifier = node.source?.value;
      if (typeof specifier !== 'string') return;
      const message = roomViolation(from, specifier);
      if (message) context.report({ node: node.source, message });
    };
    return {
      Program(node) {
        if (roomOf(from) === null) context.report({ node, message: roomViolation(from, '.') });
      },
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression: check,
    };
  },
};
