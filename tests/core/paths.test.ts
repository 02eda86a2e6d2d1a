import { join } from 'node:path';
import { homedir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { platformAppDataDir, resolveDataDir } from '../../src-main/core/paths';

describe('data folder', () => {
  it('prefers QUARRY_DATA_DIR', () => {
    expect(resolveDataDir({ QUARRY_DATA_DIR: '/data/q' }, '/appdata')).toBe('/data/q');
  });

  it('defaults to the Quarry folder inside the platform app-data folder', () => {
    expect(resolveDataDir({}, '/appdata')).toBe(join('/appdata', 'Quarry'));
    expect(platformAppDataDir({ XDG_CONFIG_HOME: '/x' }, 'linux')).toBe('/x');
    expect(platformAppDataDir({}, 'linux')).toBe(join(homedir(), '.config'));
    expect(platformAppDataDir({ APPDATA: 'C:\\Users\\a\\AppData\\Roaming' }, 'win32')).toBe('C:\\Users\\a\\AppData\\Roaming');
    expect(platformAppDataDir({}, 'darwin')).toBe(join(homedir(), 'Library', 'Application Support'));
  });
});
