import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findImportCycles } from '../../scripts/import-cycles';
import { tempDir } from '../support/helpers';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('import cycles', () => {
  it('finds none in the source tree', () => {
    expect(findImportCycles(root, ['src-main', 'src-renderer/src', 'src-shared'])).toEqual([]);
  });

  it('finds a cycle through a folder index, a type-only import and a Svelte component, and nothing in a chain', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'src/contract'), { recursive: true });
    writeFileSync(join(dir, 'src/a.ts'), "import { b } from './contract';\nexport const a = b;\n");
    writeFileSync(join(dir, 'src/contract/index.ts'), "import type { C } from '../c';\nexport const b: C = 1;\n");
    writeFileSync(join(dir, 'src/c.ts'), "import View from './View.svelte';\nexport type C = number;\nexport const v = View;\n");
    writeFileSync(join(dir, 'src/View.svelte'), '<script lang="ts">\n  import { a } from \'./a\';\n</script>\n{a}\n');
    writeFileSync(join(dir, 'src/chain.ts'), "import { a } from './a';\nexport const chain = a;\n");
    writeFileSync(join(dir, 'src/self.ts'), "export { chain } from './chain';\nexport const self = await import('./self');\n");
    expect(findImportCycles(dir, ['src'])).toEqual([
      ['src/View.svelte', 'src/a.ts', 'src/c.ts', 'src/contract/index.ts'],
      ['src/self.ts'],
    ]);
  });
});
