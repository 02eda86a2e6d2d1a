import { ESLint } from 'eslint';
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ROOMS } from '../../eslint/rooms.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const eslint = new ESLint({ cwd: root });

async function restrictedImports(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages
    .filter((message) => message.ruleId === 'no-restricted-imports' || message.ruleId === 'no-restricted-globals')
    .map((message) => message.message);
}

describe('layer rules (eslint)', () => {
  it.each([
    ['src-shared/domain/bad.ts', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;"],
    ['src-shared/domain/bad.ts', "import path from 'path';\nexport const x = path;"],
    ['src-shared/domain/bad.ts', "import { app } from 'electron';\nexport const x = app;"],
    ['src-shared/domain/bad.ts', "import { openCore } from '../../src-main/core/open-core';\nexport const x = openCore;"],
    ['src-shared/domain/bad.ts', 'export const x = document.title;'],
    ['src-renderer/src/lib/bad.ts', "import { openCore } from '../../../src-main/core/open-core';\nexport const x = openCore;"],
    ['src-renderer/src/lib/bad.ts', "import { ipcRenderer } from 'electron';\nexport const x = ipcRenderer;"],
    ['src-renderer/src/lib/bad.ts', "import { readFile } from 'node:fs/promises';\nexport const x = readFile;"],
    ['src-main/core/bad.ts', "import { board } from '../../src-renderer/src/lib/board.svelte';\nexport const x = board;"],
    [
      'src-renderer/src/components/Bad.svelte',
      "<script lang=\"ts\">\n  import { call } from '../lib/api';\n  void call('getBoard');\n</script>\n",
    ],
  ])('%s: %s is refused', async (filePath, code) => {
    expect(await restrictedImports(filePath, code)).not.toEqual([]);
  });

  it.each([
    ['src-shared/domain/ok.ts', "import { contract } from '../contract';\nexport const x = contract;"],
    ['src-renderer/src/lib/ok.ts', "import { contract } from '../../../src-shared/contract';\nexport const x = contract;"],
    [
      'src-renderer/src/components/Ok.svelte',
      '<script lang="ts">\n  import { errorMessage } from \'../lib/api\';\n  void errorMessage;\n</script>\n',
    ],
    [
      'src-main/core/ok.ts',
      "import { join } from 'node:path';\nimport { contract } from '../../src-shared/contract';\nexport const x = [join, contract];",
    ],
  ])('%s: allowed imports pass', async (filePath, code) => {
    expect(await restrictedImports(filePath, code)).toEqual([]);
  });
});

describe('rooms inside the layers (eslint/rooms.js)', () => {
  const roomMessages = async (filePath: string, code: string) => {
    const [result] = await eslint.lintText(code, { filePath });
    return result!.messages.filter((message) => message.ruleId === 'quarry/rooms').map((message) => message.message);
  };
  /** An import written from `room` to a file in `target`, as a relative path. */
  const importFrom = (room: string, target: string) => {
    const specifier = relative(room, `${target}/example`).split('\\').join('/');
    return `import { example } from '${specifier.startsWith('.') ? specifier : `./${specifier}`}';\nexport const x = example;\n`;
  };
  const rooms = Object.keys(ROOMS);

  it.each(rooms)('%s: a folder it may not import is refused, one it may import passes', async (room) => {
    const file = `${room}/example.ts`;
    const refused = rooms.find((other) => other !== room && !ROOMS[room]!.may.includes(other))!;
    expect(await roomMessages(file, importFrom(room, refused))).toEqual([
      expect.stringContaining(`${room} may not import ${refused}`),
    ]);
    for (const allowed of [room, ...ROOMS[room]!.may]) expect(await roomMessages(file, importFrom(room, allowed))).toEqual([]);
  });

  it('refuses a file in a folder that has no rule', async () => {
    expect(await roomMessages('src-main/core/newfolder/thing.ts', 'export const x = 1;\n')).toEqual([
      expect.stringContaining('src-main/core/newfolder has no rule'),
    ]);
  });

  it('lets nothing but the Electron shell and the preload import Electron', async () => {
    const electron = "import { app } from 'electron';\nexport const x = app;\n";
    for (const room of rooms.filter((name) => !ROOMS[name]!.electron)) {
      expect(await roomMessages(`${room}/example.ts`, electron), room).toEqual([
        expect.stringContaining('may not import Electron'),
      ]);
    }
    expect(await roomMessages('src-main/main/example.ts', electron)).toEqual([]);
    expect(await roomMessages('src-main/preload/example.ts', electron)).toEqual([]);
  });

  it('covers every folder of the source tree', () => {
    const folders = ['src-main', 'src-renderer', 'src-shared'].flatMap((layer) =>
      readdirSync(join(root, layer), { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile() && /\.(ts|svelte|js|css|html)$/u.test(entry.name))
        .map((entry) => relative(root, entry.parentPath).split('\\').join('/')),
    );
    expect([...new Set(folders)].filter((folder) => !Object.hasOwn(ROOMS, folder))).toEqual([]);
  });
});
