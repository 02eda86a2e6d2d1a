import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

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
  ])('%s: %s is refused', async (filePath, code) => {
    expect(await restrictedImports(filePath, code)).not.toEqual([]);
  });

  it.each([
    ['src-shared/domain/ok.ts', "import { contract } from '../contract';\nexport const x = contract;"],
    ['src-renderer/src/lib/ok.ts', "import { contract } from '../../../src-shared/contract';\nexport const x = contract;"],
    [
      'src-main/core/ok.ts',
      "import { join } from 'node:path';\nimport { contract } from '../../src-shared/contract';\nexport const x = [join, contract];",
    ],
  ])('%s: allowed imports pass', async (filePath, code) => {
    expect(await restrictedImports(filePath, code)).toEqual([]);
  });
});
