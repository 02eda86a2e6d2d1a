import { call } from './api';

/** Whether the page runs in the desktop app, which has the system's file and save dialogs. */
export async function inDesktopApp(): Promise<boolean> {
  return (await call('getAppInfo')).host === 'electron';
}
