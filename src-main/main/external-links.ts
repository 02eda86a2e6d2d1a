import { shell } from 'electron';

/** Only web links leave the app, and they open in the user's browser. */
export function isExternalWebUrl(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}

// Electronegativity OPEN_EXTERNAL_JS_CHECK (justified in docs/SECURITY.md):
// the scheme check above keeps file:, javascript: and app schemes out.
export function openExternalWebUrl(url: string): void {
  if (isExternalWebUrl(url)) void shell.openExternal(url);
}
