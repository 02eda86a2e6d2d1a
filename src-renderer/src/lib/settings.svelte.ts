import { DEFAULT_SETTINGS, type Settings } from '../../../src-shared/domain/settings';
import { call } from './api';

/** The user's settings, loaded once at start and saved through the contract. */
class SettingsState {
  #current = $state<Settings>({ ...DEFAULT_SETTINGS });

  get current(): Readonly<Settings> {
    return this.#current;
  }

  async load(): Promise<void> {
    this.#current = await call('getSettings');
  }

  async save(changes: Partial<Settings>): Promise<void> {
    this.#current = await call('updateSettings', changes);
  }

  /** Light or dark as chosen in Settings: the root's data-theme (app.css), none to follow the system. */
  applyTheme(root: HTMLElement): void {
    if (this.#current.theme === 'system') delete root.dataset.theme;
    else root.dataset.theme = this.#current.theme;
  }
}

export const settings = new SettingsState();
