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

export function openExternalWebUrl(url: string): void {
  if (isExternalWebUrl(url)) void shell.openExternal(url);
}
