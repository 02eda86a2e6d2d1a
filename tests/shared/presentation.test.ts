import { describe, expect, it } from 'vitest';
import {
  COMMAND_IDS,
  COMMANDS,
  commandForKey,
  matchesShortcut,
  menuAccelerator,
  shortcutLabel,
} from '../../src-shared/domain/commands';
import { cardDateLabel } from '../../src-shared/domain/board';
import { salaryLabel, salaryNumbers } from '../../src-shared/domain/salary';
import { isSavedPageName, SAVED_PAGE_EXTENSIONS } from '../../src-shared/domain/saved-page';
import { zoneForPlace, zoneSuggestions } from '../../src-shared/domain/time-zones';
import { jobCard } from '../support/cards';
import { placeLabel, WORKPLACE_LABELS } from '../../src-shared/domain/workplace';

const press = (key: string, modifiers: Partial<Record<'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey', boolean>> = {}) => ({
  key,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...modifiers,
});

describe('the command table', () => {
  it('names each command and each shortcut once', () => {
    expect(new Set(COMMAND_IDS).size).toBe(COMMANDS.length);
    const shortcuts = COMMANDS.flatMap((command) => (command.shortcut ? [command.shortcut] : []));
    expect(new Set(shortcuts).size).toBe(shortcuts.length);
  });

  it('matches a key press with exactly the shortcut’s modifiers, Cmd or Ctrl for Mod', () => {
    expect(commandForKey(press('n', { ctrlKey: true }))?.id).toBe('new-job');
    expect(commandForKey(press('n', { metaKey: true }))?.id).toBe('new-job');
    expect(commandForKey(press('O', { ctrlKey: true, shiftKey: true }))?.id).toBe('import-folder');
    expect(commandForKey(press('o', { ctrlKey: true }))?.id).toBe('import-files');
    expect(commandForKey(press('n', { ctrlKey: true, altKey: true }))).toBeUndefined();
    expect(commandForKey(press('n'))).toBeUndefined();
    expect(matchesShortcut('Mod+/', press('/', { metaKey: true }))).toBe(true);
    expect(matchesShortcut('Mod+/', press('/', { metaKey: true, shiftKey: true }))).toBe(false);
  });

  it('writes shortcuts for Electron’s menu and for people on each platform', () => {
    expect(menuAccelerator('Mod+Shift+O')).toBe('CmdOrCtrl+Shift+O');
    expect(shortcutLabel('Mod+Shift+O', false)).toBe('Ctrl+Shift+O');
    expect(shortcutLabel('Mod+Shift+O', true)).toBe('⌘⇧O');
    expect(shortcutLabel('Alt+↑ / Alt+↓', true)).toBe('⌥↑ / ⌥↓');
  });
});

describe('workplace labels', () => {
  it('writes each policy one way, beside the town unless the location already says how', () => {
    expect(Object.values(WORKPLACE_LABELS)).toEqual(['Remote', 'Hybrid', 'On-site']);
    expect(placeLabel({ remote: 'onsite', location: 'Berlin' })).toBe('On-site · Berlin');
    expect(placeLabel({ remote: 'remote', location: 'Berlin' })).toBe('Remote');
    expect(placeLabel({ remote: 'hybrid', location: 'New York (Hybrid)' })).toBe('New York (Hybrid)');
    expect(placeLabel({ remote: null, location: null })).toBeNull();
  });
});

describe('saved pages', () => {
  it('are the files Quarry reads, whatever the case of their extension', () => {
    expect(SAVED_PAGE_EXTENSIONS).toContain('.mhtml');
    expect(['job.HTML', 'README.md', 'thread.mht', 'notes.txt'].every(isSavedPageName)).toBe(true);
    expect(['job.pdf', 'html', 'job.html.zip'].some(isSavedPageName)).toBe(false);
  });
});

describe('what a card says', () => {
  it('writes salary numbers short, with the currency’s sign where it has one', () => {
    const salary = { min: 70_000, max: 90_000, currency: 'EUR', period: 'year' as const, text: null };
    expect(salaryNumbers(salary)).toBe('€70k–90k / year');
    expect(salaryNumbers({ ...salary, currency: 'SGD', min: 8_500, max: 8_500, period: 'month' })).toBe('SGD 8.5k / month');
    expect(salaryNumbers({ ...salary, currency: null, min: 45, max: null, period: 'hour' })).toBe('45 / hour');
    expect(salaryNumbers({ ...salary, min: null, max: null })).toBeNull();
    expect(salaryLabel({ ...salary, text: '€70k–€90k a year' })).toBe('€70k–€90k a year');
    expect(salaryLabel(salary)).toBe('€70k–90k / year');
  });

  it('dates a card by what matters where it sits, with the year only when it is not this one', () => {
    const now = new Date(2026, 11, 2);
    const moved = jobCard(1, 1, 1, { lastMovedAt: new Date(2026, 10, 3, 12).toISOString() });
    const columns = [
      { id: 1, key: 'saved', name: 'Saved', position: 1, hidden: false, closes: false },
      { id: 2, key: 'applied', name: 'Applied', position: 2, hidden: false, closes: false },
      { id: 3, key: 'interviewing', name: 'Interviewing', position: 3, hidden: false, closes: false },
      { id: 4, key: 'closed', name: 'Closed', position: 4, hidden: false, closes: true },
    ];
    expect(columns.map((column) => cardDateLabel(moved, column, 1, now))).toEqual([
      'Saved 3 Nov',
      'Applied 3 Nov',
      'Since 3 Nov',
      'Closed 3 Nov',
    ]);
    expect(cardDateLabel(moved, columns[0], 1, new Date(2027, 0, 5))).toBe('Saved 3 Nov 2026');
  });
});

describe('time zones from what people type', () => {
  const zones = ['America/New_York', 'America/Sao_Paulo', 'Asia/Kolkata', 'Europe/Berlin', 'America/Los_Angeles'];

  it('reads a zone name, the city it is named after, or a big city without a zone of its own', () => {
    expect(zoneForPlace('europe/berlin', zones)).toBe('Europe/Berlin');
    expect(zoneForPlace('New York', zones)).toBe('America/New_York');
    expect(zoneForPlace(' são  paulo ', zones)).toBe('America/Sao_Paulo');
    expect(zoneForPlace('Bangalore', zones)).toBe('Asia/Kolkata');
    expect(zoneForPlace('San Francisco', zones)).toBe('America/Los_Angeles');
    expect(zoneForPlace('Munich', zones)).toBe('Europe/Berlin');
    expect(zoneForPlace('Atlantis', zones)).toBeNull();
    expect(zoneForPlace('', zones)).toBeNull();
    expect(zoneForPlace('Tokyo', zones)).toBeNull();
    // A runtime that files Kolkata under its old name (Chromium's ICU) still finds it.
    expect(zoneForPlace('Bangalore', ['Asia/Calcutta'])).toBe('Asia/Calcutta');
    expect(zoneForPlace('Asia/Kolkata', ['Asia/Calcutta'])).toBe('Asia/Calcutta');
    expect(zoneForPlace(' asia/kolkata ', ['Asia/Calcutta'])).toBe('Asia/Calcutta');
    expect(zoneForPlace('america/new york', zones)).toBe('America/New_York');
  });

  it('suggests each zone under its city and the cities that borrow one', () => {
    const suggestions = zoneSuggestions(zones);
    expect(suggestions).toContainEqual({ value: 'America/New_York', label: 'New York' });
    expect(suggestions).toContainEqual({ value: 'Asia/Kolkata', label: 'Bangalore' });
    expect(suggestions).toContainEqual({ value: 'America/Los_Angeles', label: 'San Francisco' });
    expect(suggestions.some((suggestion) => suggestion.label === 'Osaka')).toBe(false);
    const keys = zoneSuggestions(['Asia/Kolkata', 'Asia/Calcutta']).map(({ value, label }) => `${value} ${label}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
