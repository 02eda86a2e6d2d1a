import { isSavedPageName } from '../../src-shared/domain/saved-page';

/**
 * The saved pages among a launch's command-line arguments ("open with
 * Quarry", a second launch, a file dropped on the dock icon). Flags and the
 * app's own script are ignored.
 */
export function pageArguments(argv: readonly string[]): string[] {
  return argv.filter((arg) => !arg.startsWith('-') && isSavedPageName(arg));
}
